import * as Y from 'yjs'
import {
  getBoardRoots,
  MAX_ITEMS,
  MAX_PARTICIPANTS,
  MAX_TEXT_LENGTH,
  TEXT_FIELDS,
  isKnownKind,
  touchedItemIds,
} from '@coboard/shared'

// The board's own limits (items, roster, text length) are enforced by Repair, which accepts an
// edit and then trims it: rejecting would make the provider resend it forever. The person whose
// edit was trimmed is told why in a stateless message, so their note does not shrink in silence.

/** `type` of the stateless message; the client parses payloads of this type as a LimitNotice. */
export const LIMIT_NOTICE_TYPE = 'coboard:limit'

/** Which board limit an edit went past. */
export type LimitNoticeCode = 'board-full' | 'roster-full' | 'text-too-long'

/** The stateless payload, as JSON: `{ type: 'coboard:limit', code, message }`. */
export interface LimitNotice {
  readonly type: typeof LIMIT_NOTICE_TYPE
  readonly code: LimitNoticeCode
  /** The words to show, so an older client can show a newer code. */
  readonly message: string
}

/** Words for each notice. */
export const LIMIT_NOTICE_EXPLANATIONS: Readonly<Record<LimitNoticeCode, string>> = {
  'board-full': `This board holds ${MAX_ITEMS.toLocaleString('en')} items, its limit, so the newest were removed.`,
  'roster-full': `This board has ${MAX_PARTICIPANTS.toLocaleString('en')} participants, its limit, so no one else can join it.`,
  'text-too-long': `A text can be at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters; the rest was cut off.`,
}

/**
 * The board limits that `transaction` went past, read before Repair trims them (from the
 * document's 'beforeObserverCalls' event, which comes before 'afterTransaction').
 */
export function findOverflows(doc: Y.Doc, transaction: Y.Transaction): Set<LimitNoticeCode> {
  const { items, participants } = getBoardRoots(doc)
  const found = new Set<LimitNoticeCode>()
  const changed = (type: object) => (transaction.changed as Map<object, unknown>).has(type)
  if (items.size > MAX_ITEMS && changed(items)) found.add('board-full')
  if (participants.size > MAX_PARTICIPANTS && changed(participants)) found.add('roster-full')
  for (const id of touchedItemIds(transaction, doc)) {
    const item = items.get(id) as unknown
    const kind = item instanceof Y.Map ? item.get('kind') : undefined
    if (!(item instanceof Y.Map) || !isKnownKind(kind)) continue
    if (TEXT_FIELDS[kind].some((field) => lengthOf(item.get(field)) > MAX_TEXT_LENGTH)) {
      found.add('text-too-long')
      break
    }
  }
  return found
}

/** The stateless payload for `code`. */
export function limitNotice(code: LimitNoticeCode): string {
  const notice: LimitNotice = {
    type: LIMIT_NOTICE_TYPE,
    code,
    message: LIMIT_NOTICE_EXPLANATIONS[code],
  }
  return JSON.stringify(notice)
}

/** The length of a Y.Text or a string; 0 for anything else. */
function lengthOf(value: unknown): number {
  if (typeof value === 'string' || value instanceof Y.Text) return value.length
  return 0
}

import * as Y from 'yjs'
import {
  getBoardRoots,
  MAX_ITEMS,
  MAX_PARTICIPANTS,
  MAX_TEXT_LENGTH,
  TEXT_FIELDS,
  isKnownKind,
  isPlainText,
  LIMIT_NOTICE_EXPLANATIONS,
  LIMIT_NOTICE_TYPE,
  touchedItemIds,
  type LimitNotice,
  type LimitNoticeCode,
} from '@coboard/shared'

// Which board limits an edit went past, and the stateless message that says so. The message's
// wire contract (type, codes, words) lives in shared/src/api/limitNotices.ts, for the client too.

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
  if (typeof value === 'string' || isPlainText(value)) return value.length
  return 0
}

import { MAX_ITEMS, MAX_PARTICIPANTS } from '../board/repair'
import { MAX_TEXT_LENGTH } from '../board/schema'
import { cutText } from '../board/sanitize'

// The board's own limits (items, roster, text length) are enforced by the server's Repair, which
// accepts an edit and then trims it: rejecting would make the provider resend it forever. The
// person whose edit was trimmed is told why in a Hocuspocus stateless message, so their note does
// not shrink in silence. This is the message's wire contract; the server decides when to send it.

/** `type` of the stateless message; the client parses payloads of this type as a LimitNotice. */
export const LIMIT_NOTICE_TYPE = 'coboard:limit'

/** Which board limit an edit went past. */
export type LimitNoticeCode = 'board-full' | 'roster-full' | 'text-too-long'

/** The stateless payload, as JSON: `{ type: 'coboard:limit', code, message }`. */
export interface LimitNotice {
  readonly type: typeof LIMIT_NOTICE_TYPE
  /** A LimitNoticeCode, or, from a newer server, a code this client does not know yet. */
  readonly code: LimitNoticeCode | (string & {})
  /** The words to show, so an older client can show a newer code. */
  readonly message: string
}

/** Words for each notice. */
export const LIMIT_NOTICE_EXPLANATIONS: Readonly<Record<LimitNoticeCode, string>> = {
  'board-full': `This board holds ${MAX_ITEMS.toLocaleString('en')} items, its limit, so the newest were removed.`,
  'roster-full': `This board has ${MAX_PARTICIPANTS.toLocaleString('en')} participants, its limit, so no one else can join it.`,
  'text-too-long': `A text can be at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters; the rest was cut off.`,
}

/** The longest message readLimitNotice passes on; the server's own are under 120 characters. */
export const MAX_LIMIT_NOTICE_MESSAGE = 300

/**
 * Reads a stateless payload as a limit notice, trusting nothing in it: null unless it is JSON of
 * the shape above. A known code gets this client's own words; an unknown one keeps the server's
 * message, with its whitespace collapsed and cut to MAX_LIMIT_NOTICE_MESSAGE characters. Never
 * throws.
 */
export function readLimitNotice(payload: string): LimitNotice | null {
  let value: unknown
  try {
    value = JSON.parse(payload)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { type, code, message } = value as Record<string, unknown>
  if (type !== LIMIT_NOTICE_TYPE || typeof code !== 'string' || typeof message !== 'string') {
    return null
  }
  if (isLimitNoticeCode(code)) return { type, code, message: LIMIT_NOTICE_EXPLANATIONS[code] }
  const words = message.replace(/\s+/g, ' ').trim()
  if (!words) return null
  const cut =
    words.length > MAX_LIMIT_NOTICE_MESSAGE
      ? `${cutText(words, MAX_LIMIT_NOTICE_MESSAGE - 1).trimEnd()}…`
      : words
  return { type, code: cutText(code, 64), message: cut }
}

/** Whether `code` is one this client has words for. */
export function isLimitNoticeCode(code: string): code is LimitNoticeCode {
  return Object.hasOwn(LIMIT_NOTICE_EXPLANATIONS, code)
}

// Join codes: the short form of a board's participant link, for people who cannot scan the QR
// code and have to type an address on a phone (`/j/K7QM-3XPA`). A code is 8 characters of
// Crockford's base32 (40 bits). The server derives it from the edit token and keeps only a
// stretched hash of it and the edit token sealed under it (server/src/joinCodes/), so this module
// is the part both sides agree on: the alphabet, how a code is written and how typing is read.

/** Crockford's base32: digits and letters without I, L, O and U, which are easily misread. */
export const JOIN_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** Characters in a join code (5 bits each: 40 bits). */
export const JOIN_CODE_LENGTH = 8

/** The path prefix of a short join link; the client routes `/j/<code>` to "joining…". */
export const JOIN_PATH = '/j/'

/** Letters people type for a digit they see, as Crockford's base32 reads them. */
const LOOKALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' }

/** Spaces and every dash a phone keyboard or autocorrect may put between the two halves. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g

const CANONICAL = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`)

/**
 * The canonical form of a typed join code (8 characters of JOIN_CODE_ALPHABET, no dash), or
 * null when the text is not a join code. Forgiving as Crockford intends: any case, spaces and
 * dashes anywhere, O read as 0, I and L as 1; U is never valid.
 */
export function normaliseJoinCode(typed: string): string | null {
  const squeezed = typed
    .replace(SEPARATORS, '')
    .toUpperCase()
    .replace(/[OIL]/g, (letter) => LOOKALIKES[letter])
  return CANONICAL.test(squeezed) ? squeezed : null
}

/** How a canonical code is shown and spoken: two groups of four, `K7QM-3XPA`. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

/** The short join link for a canonical code on `origin`: `https://host/j/K7QM-3XPA`. */
export function shortJoinUrl(origin: string, code: string): string {
  return `${origin}${JOIN_PATH}${formatJoinCode(code)}`
}

/** Answer of `POST /api/boards/:id/join-code`, and part of the answer of `POST /api/boards`. */
export interface JoinCodeResponse {
  /** The board's join code as people see it, `K7QM-3XPA`; stable for the board's edit token. */
  readonly joinCode: string
  /** `<origin>/j/K7QM-3XPA`: short enough to type on a phone, and a small QR code. */
  readonly shortJoinUrl: string
}

/** Body of `POST /api/join`. */
export interface JoinRequest {
  /** The code as typed: any case, with or without spaces and dashes. */
  readonly code: string
}

/** Answer of `POST /api/join` (200): the participant link the code stands for. */
export interface JoinResponse {
  readonly boardId: string
  /** Read-write capability, as in the participant link. */
  readonly editToken: string
  /** `<origin>/b/<id>#edit=<token>`. */
  readonly participantUrl: string
}

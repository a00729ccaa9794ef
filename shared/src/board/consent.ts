import * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { wearsHat } from './facilitation'
import { readFlag, readOneOf } from './sanitize'
import type {
  BoardItem,
  BoardSnapshot,
  Consent,
  ItemId,
  Note,
  ParticipantId,
  Reframe,
} from './schema'

// Consent for each story: the author of a card chooses how it may leave the room, and every
// export obeys. The author may choose any level and change it at any time; someone wearing the
// facilitator hat may make another person's card stricter, never looser. A card that quotes
// another (a reframe of a note) is held to the stricter of its own choice and the note's.

export type { Consent }

/** The levels from the strictest to the most open; the order is what "stricter" means. */
export const CONSENTS: readonly Consent[] = ['room-only', 'report-anonymous', 'report-named']

/** What a card that never chose reads as: in the report, without its author's name. */
export const DEFAULT_CONSENT: Consent = 'report-anonymous'

/** The kinds of card that carry a consent of their own: the ones people write as their story. */
export type ConsentingItem = Note | Reframe

/** Whether `item` is a kind of card that carries a consent. */
export function hasConsent(item: BoardItem): item is ConsentingItem {
  return item.kind === 'note' || item.kind === 'reframe'
}

/** Whether `value` is one of the consent levels. */
export function isConsent(value: unknown): value is Consent {
  return CONSENTS.includes(value as Consent)
}

/** Whether `a` lets less out of the room than `b`. */
export function isStricter(a: Consent, b: Consent): boolean {
  return CONSENTS.indexOf(a) < CONSENTS.indexOf(b)
}

/** The strictest of `levels` (the most open when there are none). */
export function strictest(...levels: readonly Consent[]): Consent {
  return levels.reduce<Consent>((a, b) => (isStricter(b, a) ? b : a), 'report-named')
}

/**
 * Reads a card's own consent from its stored fields: `consent` (anything else reads as the
 * default), held to "room only" while the legacy `keepOutOfExport` flag is set, so boards and
 * board files from before consent keep their notes in the room.
 */
export function readConsent(consent: unknown, keepOutOfExport: unknown): Consent {
  const own = readOneOf(consent, CONSENTS, DEFAULT_CONSENT)
  return readFlag(keepOutOfExport) ? 'room-only' : own
}

/**
 * The consent an export obeys for `item`: its own, held to the strictest of what it quotes (a
 * reframe's source note, while that note is on the board). Kinds without consent (outcomes,
 * clusters) are the group's shared work and read as the default.
 */
export function effectiveConsent(item: BoardItem, board: Pick<BoardSnapshot, 'items'>): Consent {
  if (!hasConsent(item)) return DEFAULT_CONSENT
  if (item.kind !== 'reframe' || !item.sourceNoteId) return item.consent
  const source = board.items.get(item.sourceNoteId)
  return source && hasConsent(source) ? strictest(item.consent, source.consent) : item.consent
}

/**
 * The levels `by` may choose for `item` now: every level for its author; for someone else who
 * wears the hat, the current level and those stricter; nothing for anyone else or a card
 * without consent. The UI offers exactly these, and setConsent refuses the rest.
 */
export function consentChoices(
  item: BoardItem,
  by: ParticipantId | null,
  byWearsHat: boolean,
): readonly Consent[] {
  if (!hasConsent(item) || !by) return []
  if (item.authorId === by) return CONSENTS
  if (!byWearsHat) return []
  return CONSENTS.filter((level) => !isStricter(item.consent, level))
}

/**
 * Sets the consent of a note or reframe as `by` chooses (see consentChoices): the author any
 * level, a hat wearer only a stricter one. Returns false, writing nothing, for a missing card,
 * a kind without consent, an unknown level or a choice `by` may not make; true otherwise.
 */
export function setConsent(
  doc: Y.Doc,
  itemId: ItemId,
  consent: Consent,
  by: ParticipantId,
  origin?: unknown,
): boolean {
  const map = getBoardRoots(doc).items.get(itemId)
  if (!(map instanceof Y.Map) || !isConsent(consent)) return false
  const kind = map.get('kind')
  if (kind !== 'note' && kind !== 'reframe') return false
  const current = readConsent(map.get('consent'), map.get('keepOutOfExport'))
  const authorId = map.get('authorId')
  // A card whose file left out its author (see exportBoardJson) has no author to choose for it.
  const mayChoose =
    (by !== '' && authorId === by) ||
    (wearsHat(doc, by) && (consent === current || isStricter(consent, current)))
  if (!mayChoose) return false
  if (map.get('consent') === consent && !map.has('keepOutOfExport')) return true
  doc.transact(() => {
    map.set('consent', consent)
    // The legacy flag would hold the card in the room whatever it says now.
    map.delete('keepOutOfExport')
  }, origin)
  return true
}

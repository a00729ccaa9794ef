import type { BoardItem, Note, ParticipantId, Reframe } from './schema'

// A person's own cards are the notes and reframes they wrote: their words, their story. The
// document lets anyone on the board edit a shared card (ownership.ts guards only voices, authors
// and consent); a screen that lists "my cards" to edit and delete away from the canvas, as the
// phone does, lists only these, so nobody tidies away someone else's words from a list that
// does not show whose they were.

/** A card someone writes in their own words: a note or a reframe. */
export type OwnCard = Note | Reframe

/** Whether `item` is a note or reframe written by `participantId`. */
export function isOwnCard(item: BoardItem, participantId: ParticipantId | null): item is OwnCard {
  return (
    participantId !== null &&
    participantId !== '' &&
    (item.kind === 'note' || item.kind === 'reframe') &&
    item.authorId === participantId
  )
}

/** The notes and reframes `participantId` wrote, newest first. */
export function ownCards(
  items: Iterable<BoardItem>,
  participantId: ParticipantId | null,
): OwnCard[] {
  const own: OwnCard[] = []
  for (const item of items) if (isOwnCard(item, participantId)) own.push(item)
  return own.sort((a, b) => b.createdAt - a.createdAt)
}

import type { BoardItem, ParticipantId, Stage } from './schema'
import { hasPrivateWords } from './privateWords'

/**
 * Whether `item` is someone else's card from a private stage that has not been revealed yet:
 * shown face down. The server never sends its words to anyone but its author (privateWords.ts),
 * so this decides what a card looks like, not who may read it.
 */
export function isHiddenFrom(
  item: BoardItem,
  viewer: ParticipantId | null,
  stages: readonly Stage[],
): boolean {
  if (!('stageId' in item) || !('authorId' in item)) return false
  if (!hasPrivateWords({ kind: item.kind, stageId: item.stageId ?? null }, stages)) return false
  return item.authorId !== viewer
}

/** What a screen can say about the face-down cards of a stage without reading any of them. */
export interface FaceDownTally {
  readonly cards: number
  /** How many people wrote them. */
  readonly people: number
}

/** The cards of `stageId` that are face down for `viewer`, and how many people wrote them. */
export function faceDownTally(
  items: Iterable<BoardItem>,
  stageId: string | null,
  viewer: ParticipantId | null,
  stages: readonly Stage[],
): FaceDownTally {
  if (!stageId) return { cards: 0, people: 0 }
  const people = new Set<string>()
  let cards = 0
  for (const item of items) {
    if (item.stageId !== stageId || !isHiddenFrom(item, viewer, stages)) continue
    cards += 1
    if ('authorId' in item) people.add(item.authorId)
  }
  return { cards, people: people.size }
}

/** "5 cards from 4 people", "1 card from 1 person": the tally in words. */
export function faceDownWords({ cards, people }: FaceDownTally): string {
  const cardWords = cards === 1 ? '1 card' : `${cards} cards`
  if (cards === 0) return cardWords
  return `${cardWords} from ${people === 1 ? '1 person' : `${people} people`}`
}

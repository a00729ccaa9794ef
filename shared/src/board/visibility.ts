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

/**
 * What a screen can say about the face-down cards of a stage without reading any of them. Every
 * screen counts the same cards, those the room cannot read yet, so the facilitator's laptop and
 * the projector never disagree; a writer's own are among them, counted apart.
 */
export interface FaceDownTally {
  readonly cards: number
  /** How many people wrote them. */
  readonly people: number
  /** How many of them the viewer wrote (face up on their own screen). */
  readonly mine: number
}

/** The cards of `stageId` the room cannot read yet, who wrote them, and how many are `viewer`'s. */
export function faceDownTally(
  items: Iterable<BoardItem>,
  stageId: string | null,
  viewer: ParticipantId | null,
  stages: readonly Stage[],
): FaceDownTally {
  if (!stageId) return { cards: 0, people: 0, mine: 0 }
  const people = new Set<string>()
  let cards = 0
  let mine = 0
  for (const item of items) {
    if (item.stageId !== stageId || !isHiddenFrom(item, null, stages)) continue
    cards += 1
    if (!('authorId' in item)) continue
    people.add(item.authorId)
    if (viewer !== null && item.authorId === viewer) mine += 1
  }
  return { cards, people: people.size, mine }
}

/**
 * "5 cards from 4 people face down", then whose: ", 2 of them yours", ", yours", ", all yours".
 * A screen without a viewer (the projector) has none of its own.
 */
export function faceDownWords({ cards, people, mine }: FaceDownTally): string {
  const cardWords = cards === 1 ? '1 card' : `${cards} cards`
  if (cards === 0) return `${cardWords} face down`
  const tally = `${cardWords} from ${people === 1 ? '1 person' : `${people} people`} face down`
  if (mine === 0) return tally
  if (mine < cards) return `${tally}, ${mine} of them yours`
  return `${tally}, ${cards === 1 ? 'yours' : 'all yours'}`
}

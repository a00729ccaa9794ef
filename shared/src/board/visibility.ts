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

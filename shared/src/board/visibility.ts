import type { BoardItem, ParticipantId, Stage } from './schema'

// Private writing is enforced by the client, not the server: the words are in the shared
// document, and every client hides other people's notes until reveal. The UI says so plainly.

/** Whether `item` is someone else's note from a private stage that has not been revealed yet. */
export function isHiddenFrom(
  item: BoardItem,
  viewer: ParticipantId | null,
  stages: readonly Stage[],
): boolean {
  if (item.kind !== 'note' || !item.stageId) return false
  const stage = stages.find((s) => s.id === item.stageId)
  if (!stage || !stage.private || stage.revealed) return false
  return item.authorId !== viewer
}

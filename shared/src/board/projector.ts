import type * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { readItem } from './kinds'
import { readId, readOneOf, readRecord, readTime } from './sanitize'
import { wearsHat, type HatWearer } from './facilitation'
import { hasPrivateWords } from './privateWords'
import { readStages } from './stages'
import type { BoardMeta, ItemId, ParticipantId, ProjectorView, Spotlight, StageId } from './schema'

// What the wall in the room shows is steering, like the stage or the vote: only hat wearers
// choose it, so a participant cannot take over the projector from their laptop.

/** The projector's default views, the first being what a board starts with. */
export const PROJECTOR_VIEWS: readonly ProjectorView[] = ['stage', 'board']

/** Reads the stored projector view; anything unknown reads as 'stage'. */
export function readProjectorView(value: unknown): ProjectorView {
  return readOneOf(value, PROJECTOR_VIEWS, 'stage')
}

/** Reads a stored spotlight, or null when it is missing or malformed. */
export function readSpotlight(value: unknown): Spotlight | null {
  const record = readRecord(value)
  const itemId = readId<ItemId>(record?.itemId)
  const by = readId<ParticipantId>(record?.by)
  if (!record || !itemId || !by) return null
  if (record.stageId !== null && readId(record.stageId) === null) return null
  return { itemId, by, stageId: readId<StageId>(record.stageId), at: readTime(record.at) }
}

/**
 * The spotlight in force, or null. One put up in another stage than the current one is over,
 * even if a concurrent write kept it in the document while the room moved on.
 */
export function activeSpotlight(meta: BoardMeta): Spotlight | null {
  const { spotlight } = meta
  return spotlight && spotlight.stageId === meta.currentStageId ? spotlight : null
}

/** Whether `value` is what the document may hold under meta.spotlight (repair.ts removes the rest). */
export function isStoredSpotlight(value: unknown): boolean {
  const spotlight = readSpotlight(value)
  const record = readRecord(value)
  return (
    spotlight !== null &&
    record !== null &&
    Object.keys(record).every((key) => ['itemId', 'by', 'stageId', 'at'].includes(key)) &&
    typeof record.at === 'number'
  )
}

/**
 * Puts one card or group on the projector alone; false unless `by` wears the hat and the item
 * exists and is face up for the room (a private note before its reveal never reaches the wall).
 */
export function spotlightItem(
  doc: Y.Doc,
  itemId: ItemId,
  by: HatWearer,
  origin?: unknown,
): boolean {
  if (!wearsHat(doc, by.participantId)) return false
  const { items, meta } = getBoardRoots(doc)
  const item = readItem(itemId, items.get(itemId))
  if (!item) return false
  if (hasPrivateWords({ kind: item.kind, stageId: item.stageId ?? null }, readStages(doc))) {
    return false
  }
  const spotlight: Spotlight = {
    itemId,
    by: by.participantId,
    stageId: readId<StageId>(meta.get('currentStageId')),
    at: Date.now(),
  }
  doc.transact(() => meta.set('spotlight', { ...spotlight }), origin)
  return true
}

/** Takes the spotlight off the projector; false unless `by` wears the hat and one is up. */
export function clearSpotlight(doc: Y.Doc, by: HatWearer, origin?: unknown): boolean {
  if (!wearsHat(doc, by.participantId)) return false
  const { meta } = getBoardRoots(doc)
  if (!meta.has('spotlight')) return false
  doc.transact(() => meta.delete('spotlight'), origin)
  return true
}

/** Chooses what the projector frames by default; false unless `by` wears the hat. */
export function setProjectorView(
  doc: Y.Doc,
  view: ProjectorView,
  by: HatWearer,
  origin?: unknown,
): boolean {
  if (!wearsHat(doc, by.participantId) || !PROJECTOR_VIEWS.includes(view)) return false
  const { meta } = getBoardRoots(doc)
  if (readProjectorView(meta.get('projectorView')) === view && meta.has('projectorView')) {
    return false
  }
  doc.transact(() => meta.set('projectorView', view), origin)
  return true
}

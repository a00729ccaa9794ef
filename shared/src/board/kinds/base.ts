import type * as Y from 'yjs'
import { MAX_NAME_LENGTH, type ItemId, type ParticipantId, type StageId } from '../schema'
import { readCoordinate, readId, readString, readTime } from '../sanitize'
import { FALLBACK_SIDE } from '../voices'
import { readStackIndex } from '../stacking'

/** Reads the fields every item kind shares. */
export function readItemBase(id: ItemId, map: Y.Map<unknown>) {
  return {
    id,
    stageId: readId<StageId>(map.get('stageId')),
    x: readCoordinate(map.get('x')),
    y: readCoordinate(map.get('y')),
    authorId: readString(map.get('authorId'), MAX_NAME_LENGTH) as ParticipantId,
    role: readString(map.get('role'), MAX_NAME_LENGTH, FALLBACK_SIDE),
    createdAt: readTime(map.get('createdAt')),
    stackIndex: readStackIndex(map.get('stackIndex')),
  }
}

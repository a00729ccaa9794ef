import type * as Y from 'yjs'
import {
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  type ItemId,
  type ParticipantId,
  type Reframe,
  type RoleId,
} from '../schema'
import { readId, readString, readText, cutText } from '../sanitize'
import { readItemBase } from './base'
import { readConsent } from '../consent'
import { isPlainMap } from '../sharedTypes'
import { FALLBACK_SIDE } from '../voices'

/** Reads a "they → we" card. */
export function readReframe(id: ItemId, map: Y.Map<unknown>): Reframe {
  return {
    ...readItemBase(id, map),
    kind: 'reframe',
    they: readText(map.get('they'), MAX_TEXT_LENGTH),
    we: readText(map.get('we'), MAX_TEXT_LENGTH),
    sourceNoteId: readId<ItemId>(map.get('sourceNoteId')),
    theyRole: readString(map.get('theyRole'), MAX_NAME_LENGTH, FALLBACK_SIDE),
    acceptedBy: readAcceptances(map.get('acceptedBy')),
    clusterId: readId<ItemId>(map.get('clusterId')),
    consent: readConsent(map.get('consent'), map.get('keepOutOfExport')),
  }
}

function readAcceptances(value: unknown): ReadonlyMap<ParticipantId, RoleId> {
  const accepted = new Map<ParticipantId, RoleId>()
  if (!isPlainMap(value)) return accepted
  value.forEach((role, participantId) => {
    if (typeof role === 'string' && role) {
      accepted.set(participantId as ParticipantId, cutText(role, MAX_NAME_LENGTH))
    }
  })
  return accepted
}

import type * as Y from 'yjs'
import { MAX_TEXT_LENGTH, NOTE_COLORS, type ItemId, type Note } from '../schema'
import { readId, readOneOf, readText } from '../sanitize'
import { readConsent } from '../consent'
import { readItemBase } from './base'

/** Reads a note's Y.Map into a snapshot; malformed fields are repaired, never thrown on. */
export function readNote(id: ItemId, map: Y.Map<unknown>): Note {
  return {
    ...readItemBase(id, map),
    kind: 'note',
    text: readText(map.get('text'), MAX_TEXT_LENGTH),
    color: readOneOf(map.get('color'), NOTE_COLORS, 'yellow'),
    clusterId: readId<ItemId>(map.get('clusterId')),
    consent: readConsent(map.get('consent'), map.get('keepOutOfExport')),
    theyFramingDismissed: map.get('theyFramingDismissed') === true,
  }
}

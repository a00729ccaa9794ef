import * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { voicesOnRoster, type Roster } from './voices'
import { newItemId } from './ids'
import { getItemMap } from './operations'
import { readNote } from './kinds/note'
import { readStages } from './stages'
import { hasPrivateWords, readPrivateWords, writePrivateWords } from './privateWords'
import { readCoordinate, readId, cutText } from './sanitize'
import { isConsent } from './consent'
import { readItem } from './kinds'
import { itemBounds, type Bounds } from './geometry'
import { findFreeSpot, PLACEMENT_GAP, type PlacementArea } from './placement'
import { placeOnTop } from './stacking'
import {
  MAX_TEXT_LENGTH,
  NOTE_WIDTH,
  REFRAME_HEIGHT,
  REFRAME_WIDTH,
  type Consent,
  type ItemId,
  type ParticipantId,
  type RoleId,
  type StageId,
} from './schema'

export interface NewReframe {
  readonly x: number
  readonly y: number
  readonly they: string
  readonly we?: string
  /** The role of whoever said the "they" statement. */
  readonly theyRole: RoleId
  /** Who is reframing it. */
  readonly authorId: ParticipantId
  readonly role: RoleId
  readonly sourceNoteId?: ItemId | null
  readonly stageId?: StageId | null
  readonly id?: ItemId
  /** How the card may leave the room; unset reads as the default (see consent.ts). */
  readonly consent?: Consent
}

/** Puts a "they → we" card on the board and returns its id. */
export function addReframe(doc: Y.Doc, reframe: NewReframe, origin?: unknown): ItemId {
  const id = reframe.id ?? newItemId()
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    getBoardRoots(doc).items.set(id, map)
    map.set('kind', 'reframe')
    map.set('x', readCoordinate(reframe.x))
    map.set('y', readCoordinate(reframe.y))
    map.set('authorId', reframe.authorId)
    map.set('role', reframe.role)
    map.set(
      'stageId',
      reframe.stageId !== undefined
        ? reframe.stageId
        : readId(getBoardRoots(doc).meta.get('currentStageId')),
    )
    map.set('createdAt', Date.now())
    placeOnTop(doc, map)
    map.set('they', new Y.Text(cutText(reframe.they, MAX_TEXT_LENGTH)))
    map.set('we', new Y.Text(cutText(reframe.we ?? '', MAX_TEXT_LENGTH)))
    map.set('theyRole', reframe.theyRole)
    map.set('sourceNoteId', reframe.sourceNoteId ?? null)
    map.set('acceptedBy', new Y.Map<RoleId>())
    if (isConsent(reframe.consent)) map.set('consent', reframe.consent)
  }, origin)
  return id
}

/** The "we" opening when the caller brings no suggestion: editable, and never wrong. */
export const DEFAULT_WE_OPENING = 'We could work on this together.'

/**
 * Turns a note with "they" framing into a linked reframe card beside it, with a suggested
 * "We could…" opening for the group to edit. Returns the card's id, or null if the note is gone.
 *
 * Private words stay private: a note from an unrevealed private stage has its words in its
 * author's private document (`privateDoc`), and the card, which quotes them, is made in the same
 * stage with its words there too.
 *
 * `suggestWe` writes the "we" half from the note's words. The detector's `suggestWeFraming`
 * (theyFraming.ts) is the usual one; it is passed in, not imported, because it carries the NLP
 * model, which the browser loads only on demand. Everyone else sees it face down until reveal, when the server
 * moves both into the board (privateWords.ts).
 *
 * A note kept in the room makes a card kept in the room: the card quotes it, and must stay in
 * even if the note is later deleted.
 *
 * The card lands beside the note, in the nearest place where it covers no card (placement.ts):
 * inside `view`, the maker's screen less its bars, when given and there is room.
 */
export function reframeNote(
  doc: Y.Doc,
  noteId: ItemId,
  by: { readonly participantId: ParticipantId; readonly role: RoleId },
  origin?: unknown,
  privateDoc: Y.Doc | null = null,
  suggestWe: (they: string) => string = () => DEFAULT_WE_OPENING,
  view: PlacementArea | null = null,
): ItemId | null {
  const map = getItemMap(doc, noteId)
  if (!map || map.get('kind') !== 'note') return null
  const note = readNote(noteId, map)
  const isPrivate =
    privateDoc !== null &&
    hasPrivateWords({ kind: 'reframe', stageId: note.stageId ?? null }, readStages(doc))
  const they =
    note.text || (isPrivate ? (readPrivateWords(privateDoc).get(noteId)?.text ?? '') : '')
  const spot = findFreeSpot({
    width: REFRAME_WIDTH,
    height: REFRAME_HEIGHT,
    near: { x: note.x + NOTE_WIDTH + PLACEMENT_GAP, y: note.y },
    taken: [...itemRects(doc), ...(view?.chrome ?? [])],
    area: view?.area,
  })
  const card = {
    ...spot,
    theyRole: note.role,
    authorId: by.participantId,
    role: by.role,
    sourceNoteId: noteId,
    stageId: note.stageId,
    consent: note.consent === 'room-only' ? ('room-only' as const) : undefined,
  }
  if (!isPrivate) return addReframe(doc, { ...card, they, we: suggestWe(they) }, origin)
  const id = addReframe(doc, { ...card, they: '', we: '' }, origin)
  writePrivateWords(privateDoc, id, 'reframe', 'they', they, origin)
  writePrivateWords(privateDoc, id, 'reframe', 'we', suggestWe(they), origin)
  return id
}

/** The rectangles of every item on the board, read from the document. */
function itemRects(doc: Y.Doc): Bounds[] {
  const rects: Bounds[] = []
  getBoardRoots(doc).items.forEach((map, id) => {
    const item = readItem(id as ItemId, map)
    if (item) rects.push(itemBounds(item))
  })
  return rects
}

/** Records (or withdraws) a participant's acceptance of a reframe on behalf of their side. */
export function acceptReframe(
  doc: Y.Doc,
  reframeId: ItemId,
  who: { readonly participantId: ParticipantId; readonly role: RoleId },
  accepted: boolean,
  origin?: unknown,
): boolean {
  const map = getItemMap(doc, reframeId)
  if (!map || map.get('kind') !== 'reframe') return false
  doc.transact(() => {
    let acceptances = map.get('acceptedBy')
    if (!(acceptances instanceof Y.Map)) {
      acceptances = new Y.Map<RoleId>()
      map.set('acceptedBy', acceptances)
    }
    const target = acceptances as Y.Map<RoleId>
    if (accepted) target.set(who.participantId, who.role)
    else target.delete(who.participantId)
  }, origin)
  return true
}

/** The sides whose people on the roster have accepted a reframe (each side once). */
export function acceptingSides(
  acceptedBy: ReadonlyMap<ParticipantId, RoleId>,
  roster: Roster,
): Set<RoleId> {
  return new Set(voicesOnRoster(acceptedBy, roster).map((voice) => voice.role))
}

/** The roles that have accepted a reframe, in the board's role order. */
export function acceptedRoles(
  acceptedBy: ReadonlyMap<ParticipantId, RoleId>,
  roster: Roster,
  roleOrder: readonly RoleId[],
): RoleId[] {
  const roles = acceptingSides(acceptedBy, roster)
  return roleOrder.filter((role) => roles.has(role))
}

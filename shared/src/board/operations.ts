import * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { newItemId } from './ids'
import { spliceText } from './textDiff'
import { isKnownKind } from './kinds'
import { readCoordinate, readId, cutText } from './sanitize'
import { isPlainText } from './sharedTypes'
import { isConsent } from './consent'
import { placeOnTop, raiseItem } from './stacking'
import { fitClusterFrame } from './clusterFrame'
import {
  BOARD_SCHEMA_VERSION,
  DEFAULT_ROLES,
  MAX_NAME_LENGTH,
  MAX_PURPOSE_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  NOTE_COLORS,
  OUTCOME_DETAIL_FIELDS,
  type Consent,
  type ItemId,
  type ItemKind,
  type NoteColor,
  type ParticipantId,
  type RoleDefinition,
  type RoleId,
  type StageId,
} from './schema'

// Every verb is one transaction. `origin` tags it, so an UndoManager can track only this
// device's own changes. An operation on an item that a peer has just deleted is normal in
// a collaborative board: it does nothing and returns false.

export interface NewBoard {
  readonly title: string
  readonly purpose?: string
  readonly createdAt?: number
  readonly roles?: readonly RoleDefinition[]
}

/** Writes the board-wide settings of a brand-new board. */
export function initBoard(doc: Y.Doc, board: NewBoard, origin?: unknown): void {
  const { meta } = getBoardRoots(doc)
  doc.transact(() => {
    meta.set('schemaVersion', BOARD_SCHEMA_VERSION)
    meta.set('title', cutText(board.title.trim(), MAX_TITLE_LENGTH) || 'Untitled board')
    meta.set('purpose', cutText((board.purpose ?? '').trim(), MAX_PURPOSE_LENGTH))
    meta.set('createdAt', board.createdAt ?? Date.now())
    meta.set(
      'roles',
      (board.roles ?? DEFAULT_ROLES).map((role) => ({ ...role })),
    )
  }, origin)
}

/** Renames the board. */
export function setBoardTitle(doc: Y.Doc, title: string, origin?: unknown): void {
  const clean = cutText(title.trim(), MAX_TITLE_LENGTH)
  if (clean) doc.transact(() => getBoardRoots(doc).meta.set('title', clean), origin)
}

export interface JoiningParticipant {
  readonly id: ParticipantId
  readonly name: string
  readonly role: RoleId
}

/** Adds a participant to the roster, or updates their name and side when they are already on it. */
export function joinBoard(doc: Y.Doc, person: JoiningParticipant, origin?: unknown): void {
  const { participants } = getBoardRoots(doc)
  const name = cutText(person.name.trim(), MAX_NAME_LENGTH)
  const role = cutText(person.role, MAX_NAME_LENGTH)
  doc.transact(() => {
    let entry = participants.get(person.id)
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>()
      participants.set(person.id, entry)
      entry.set('joinedAt', Date.now())
    }
    if (entry.get('name') !== name) entry.set('name', name)
    if (entry.get('role') !== role) entry.set('role', role)
  }, origin)
}

export interface NewNote {
  readonly x: number
  readonly y: number
  readonly authorId: ParticipantId
  readonly role: RoleId
  readonly text?: string
  readonly color?: NoteColor
  /** Defaults to the board's current stage. */
  readonly stageId?: StageId | null
  /** Lets tests and imports choose the id; a fresh one is made otherwise. */
  readonly id?: ItemId
  /** How the note may leave the room; unset reads as the default (see consent.ts). */
  readonly consent?: Consent
}

/** Puts a new sticky note on the board and returns its id. */
export function addNote(doc: Y.Doc, note: NewNote, origin?: unknown): ItemId {
  const id = note.id ?? newItemId()
  const { items } = getBoardRoots(doc)
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    // Integrate the map before filling it, so every field is part of this one transaction.
    items.set(id, map)
    map.set('kind', 'note')
    map.set('x', readCoordinate(note.x))
    map.set('y', readCoordinate(note.y))
    map.set('authorId', note.authorId)
    map.set('role', note.role)
    map.set(
      'stageId',
      note.stageId !== undefined
        ? note.stageId
        : readId(getBoardRoots(doc).meta.get('currentStageId')),
    )
    map.set('createdAt', Date.now())
    placeOnTop(doc, map)
    map.set('color', NOTE_COLORS.includes(note.color as NoteColor) ? note.color : 'yellow')
    map.set('text', new Y.Text(cutText(note.text ?? '', MAX_TEXT_LENGTH)))
    if (isConsent(note.consent)) map.set('consent', note.consent)
  }, origin)
  return id
}

/**
 * Makes the text field `field` of an item read `next`, as the smallest splice, so that two
 * people typing in different parts of the same note both keep their words.
 */
export function editText(
  doc: Y.Doc,
  itemId: ItemId,
  field: string,
  next: string,
  origin?: unknown,
): boolean {
  const item = getItemMap(doc, itemId)
  if (!item || !isTextField(item.get('kind'), field)) return false
  let text = item.get(field)
  doc.transact(() => {
    if (!isPlainText(text)) {
      text = new Y.Text()
      item.set(field, text)
    }
    spliceText(text as Y.Text, next, MAX_TEXT_LENGTH)
  }, origin)
  return true
}

/** The fields of each kind that hold collaboratively edited text (Y.Text). */
export const TEXT_FIELDS: Readonly<Record<ItemKind, readonly string[]>> = {
  note: ['text'],
  reframe: ['they', 'we'],
  outcome: ['outcome', 'measure', ...OUTCOME_DETAIL_FIELDS],
  cluster: [],
}

/** Whether `field` is a text field of items of `kind`; editText refuses anything else. */
export function isTextField(kind: unknown, field: string): boolean {
  return isKnownKind(kind) && TEXT_FIELDS[kind].includes(field)
}

/**
 * Moves an item to board coordinates (x, y) and puts it on top of the others, as a card let go
 * of lands on what it was dropped over; written once per drop, never per pixel.
 */
export function moveItem(
  doc: Y.Doc,
  itemId: ItemId,
  x: number,
  y: number,
  origin?: unknown,
): boolean {
  const item = getItemMap(doc, itemId)
  if (!item) return false
  const nextX = Math.round(readCoordinate(x))
  const nextY = Math.round(readCoordinate(y))
  doc.transact(() => {
    if (item.get('x') !== nextX) item.set('x', nextX)
    if (item.get('y') !== nextY) item.set('y', nextY)
    raiseItem(doc, itemId)
    // A member moved within its group: the frame follows, so it holds exactly its cards.
    const clusterId = item.get('clusterId')
    if (typeof clusterId === 'string') fitClusterFrame(doc, clusterId as ItemId)
  }, origin)
  return true
}

/** Changes a note's colour. */
export function setNoteColor(
  doc: Y.Doc,
  itemId: ItemId,
  color: NoteColor,
  origin?: unknown,
): boolean {
  const item = getItemMap(doc, itemId)
  if (!item || !NOTE_COLORS.includes(color)) return false
  if (item.get('color') !== color) doc.transact(() => item.set('color', color), origin)
  return true
}

/**
 * Removes an item from the board; deleting a cluster keeps its notes and frees them, deleting a
 * member shrinks its group's frame.
 */
export function deleteItem(doc: Y.Doc, itemId: ItemId, origin?: unknown): boolean {
  const { items } = getBoardRoots(doc)
  if (!items.has(itemId)) return false
  const clusterId = getItemMap(doc, itemId)?.get('clusterId')
  doc.transact(() => {
    items.delete(itemId)
    if (typeof clusterId === 'string') fitClusterFrame(doc, clusterId as ItemId)
    items.forEach((item) => {
      if (item instanceof Y.Map && item.get('clusterId') === itemId) item.delete('clusterId')
    })
  }, origin)
  return true
}

/**
 * The legacy switch that kept a note out of every export: true now reads as consent 'room-only'
 * (see consent.ts), false leaves the note's consent as it is. It checks nobody's right to choose;
 * new code calls setConsent, which does.
 */
export function setKeepOutOfExport(
  doc: Y.Doc,
  itemId: ItemId,
  keepOut: boolean,
  origin?: unknown,
): boolean {
  const item = getItemMap(doc, itemId)
  if (!item) return false
  doc.transact(() => item.set('keepOutOfExport', keepOut), origin)
  return true
}

/** The live Y.Map of an item, or null when it is missing or malformed. */
export function getItemMap(doc: Y.Doc, itemId: ItemId): Y.Map<unknown> | null {
  const item = getBoardRoots(doc).items.get(itemId)
  return item instanceof Y.Map ? item : null
}

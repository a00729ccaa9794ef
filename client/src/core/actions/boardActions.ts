import type * as Y from 'yjs'
import {
  actingSide,
  addNote,
  deleteItem,
  editText,
  forgetPrivateWords,
  getBoardRoots,
  getItemMap,
  hasPrivateWords,
  joinBoard,
  readPrivateWords,
  readStages,
  writePrivateWords,
  moveItem,
  setNoteColor,
  setReportNames,
  type Consent,
  type ItemId,
  type NoteColor,
  type ReportNames,
  type StageId,
} from '@coboard/shared'
import type { UiStore } from '../state/uiStore'
import { rebaseTextEdit } from '../sync/rebaseTextEdit'
import { deleteRestorably, type RestorableDelete } from './restorableDelete'

/** A note composed away from the canvas, with its place chosen by the caller. */
export interface WrittenNote {
  readonly x: number
  readonly y: number
  readonly text: string
  readonly color?: NoteColor
  /** Defaults to the board's current stage. */
  readonly stageId?: StageId | null
  /** How the note may leave the room; defaults to DEFAULT_CONSENT. */
  readonly consent?: Consent
}

/** The domain verbs a component may call; each one is a single shared operation. */
export interface BoardActions {
  /** Adds a note by this device's participant at board point (x, y) and returns its id. */
  addNote(x: number, y: number): ItemId
  /**
   * Adds a note already written (the phone composer, the outline) in one step: text, colour,
   * stage and consent arrive together, so nobody sees an empty note flash up and one undo removes it.
   */
  addWrittenNote(note: WrittenNote): ItemId
  /**
   * Writes a note's text as edited from `base` (what the editor last showed) to `next`, keeping
   * other people's concurrent edits; returns the note's text afterwards.
   */
  editNoteText(id: ItemId, base: string, next: string): string
  /** The same for any text field of any item: a reframe's `we`, an outcome's `measure`, … */
  editItemText(id: ItemId, field: string, base: string, next: string): string
  moveNote(id: ItemId, x: number, y: number): void
  setNoteColor(id: ItemId, color: NoteColor): void
  deleteItem(id: ItemId): void
  /** Deletes an item so that "Undo" on a "Deleted" notice can put exactly it back. */
  deleteRestorably(id: ItemId): RestorableDelete
  /** How reports name people unless an export asks otherwise: the board's shared choice. */
  setReportNames(names: ReportNames): void
  /** Records this device's name and side on the board's roster. */
  join(): void
}

/**
 * Binds the shared operations to one document and this device's identity. Every write carries
 * `origin`, so an UndoManager can later track this device's own changes and nobody else's.
 *
 * In a private stage the words of this person's cards go to `privateDoc` instead of the board
 * (privateWords.ts in shared): every text write asks which document the field lives in.
 */
export function createBoardActions(
  doc: Y.Doc,
  ui: UiStore,
  origin: object,
  privateDoc: Y.Doc | null = null,
): BoardActions {
  const me = () => ui.getState().me
  const editItemText = (id: ItemId, field: string, base: string, next: string) => {
    const item = getItemMap(doc, id)
    if (!item) return next
    const kind = String(item.get('kind'))
    if (privateDoc && wordsArePrivate(doc, item)) {
      const current = () => readPrivateWords(privateDoc).get(id)?.[field] ?? ''
      writePrivateWords(privateDoc, id, kind, field, rebaseTextEdit(base, next, current()), origin)
      return current()
    }
    const target = rebaseTextEdit(base, next, String(item.get(field) ?? ''))
    editText(doc, id, field, target, origin)
    return String(item.get(field) ?? '')
  }
  const addWrittenNote = (note: WrittenNote): ItemId => {
    const author = { authorId: me().participantId, role: actingSide(me().role) }
    const stageId = note.stageId !== undefined ? note.stageId : currentStageId(doc)
    if (!privateDoc || !hasPrivateWords({ kind: 'note', stageId }, readStages(doc))) {
      return addNote(doc, { ...note, ...author }, origin)
    }
    const id = addNote(doc, { ...note, ...author, stageId, text: '' }, origin)
    writePrivateWords(privateDoc, id, 'note', 'text', note.text, origin)
    return id
  }
  return {
    addNote: (x, y) =>
      addNote(doc, { x, y, authorId: me().participantId, role: actingSide(me().role) }, origin),
    addWrittenNote,
    editNoteText: (id, base, next) => editItemText(id, 'text', base, next),
    editItemText,
    moveNote: (id, x, y) => void moveItem(doc, id, x, y, origin),
    setNoteColor: (id, color) => void setNoteColor(doc, id, color, origin),
    deleteItem: (id) => {
      deleteItem(doc, id, origin)
      if (privateDoc) forgetPrivateWords(privateDoc, [id], origin)
    },
    deleteRestorably: (id) => deleteRestorably(doc, id, privateDoc),
    setReportNames: (names) => void setReportNames(doc, names, origin),
    join: () => {
      const { participantId, name, role } = me()
      if (role) joinBoard(doc, { id: participantId, name, role }, origin)
    },
  }
}

function currentStageId(doc: Y.Doc): StageId | null {
  const id = getBoardRoots(doc).meta.get('currentStageId')
  return typeof id === 'string' ? (id as StageId) : null
}

/** Whether this card's words belong in its author's private document now. */
function wordsArePrivate(doc: Y.Doc, item: Y.Map<unknown>): boolean {
  const stageId = item.get('stageId')
  return hasPrivateWords(
    { kind: String(item.get('kind')), stageId: typeof stageId === 'string' ? stageId : null },
    readStages(doc),
  )
}

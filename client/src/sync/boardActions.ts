import type * as Y from 'yjs'
import {
  addNote,
  deleteItem,
  editText,
  getItemMap,
  joinBoard,
  moveItem,
  setNoteColor,
  type ItemId,
  type NoteColor,
} from '@coboard/shared'
import type { UiStore } from '../state/uiStore'
import { rebaseTextEdit } from './rebaseTextEdit'

/** The domain verbs a component may call; each one is a single shared operation. */
export interface BoardActions {
  /** Adds a note by this device's participant at board point (x, y) and returns its id. */
  addNote(x: number, y: number): ItemId
  /**
   * Writes a note's text as edited from `base` (what the editor last showed) to `next`, keeping
   * other people's concurrent edits; returns the note's text afterwards.
   */
  editNoteText(id: ItemId, base: string, next: string): string
  moveNote(id: ItemId, x: number, y: number): void
  setNoteColor(id: ItemId, color: NoteColor): void
  deleteItem(id: ItemId): void
  /** Records this device's name and side on the board's roster. */
  join(): void
}

/**
 * Binds the shared operations to one document and this device's identity. Every write carries
 * `origin`, so an UndoManager can later track this device's own changes and nobody else's.
 */
export function createBoardActions(doc: Y.Doc, ui: UiStore, origin: object): BoardActions {
  const me = () => ui.getState().me
  return {
    addNote: (x, y) =>
      addNote(doc, { x, y, authorId: me().participantId, role: me().role || 'other' }, origin),
    editNoteText: (id, base, next) => {
      const item = getItemMap(doc, id)
      if (!item) return next
      const target = rebaseTextEdit(base, next, String(item.get('text') ?? ''))
      editText(doc, id, 'text', target, origin)
      return String(item.get('text') ?? '')
    },
    moveNote: (id, x, y) => void moveItem(doc, id, x, y, origin),
    setNoteColor: (id, color) => void setNoteColor(doc, id, color, origin),
    deleteItem: (id) => void deleteItem(doc, id, origin),
    join: () => {
      const { participantId, name, role } = me()
      if (role) joinBoard(doc, { id: participantId, name, role }, origin)
    },
  }
}

import * as Y from 'yjs'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { getBoardRoots } from '@coboard/shared'

/** What the undo buttons need to know. */
export interface UndoState {
  readonly canUndo: boolean
  readonly canRedo: boolean
}

/** This device's undo history: only its own changes, never anyone else's. */
export interface UndoHistory {
  readonly state: StoreApi<UndoState>
  undo(): void
  redo(): void
  /** Ends the current step: the next change starts a new one (e.g. when a note is closed). */
  endStep(): void
  destroy(): void
}

/** Typing pauses shorter than this stay in one undo step. */
const TYPING_BURST_MS = 800

/**
 * A Y.UndoManager over the board's content (items, the agenda, the dots and the board settings),
 * tracking only transactions tagged with `origin`: undo never reverts someone else's work, even
 * when it touched the same note. The roster and the facilitation log are left out on purpose:
 * undo must not un-join a person or rewrite the record of who facilitated.
 *
 * Steps: every operation is one step (one drop = one `moveItem` = one step), except that
 * keystrokes in the same text field merge while they come less than TYPING_BURST_MS apart and
 * the field stays open (the UI calls `endStep` when editing ends).
 */
export function createUndoHistory(doc: Y.Doc, origin: object): UndoHistory {
  const roots = getBoardRoots(doc)
  const state = createStore<UndoState>()(() => ({ canUndo: false, canRedo: false }))

  // Registered before the UndoManager, so it runs first for every transaction and can end the
  // current step before the manager decides whether to merge into it.
  let lastText: Y.Text | null = null
  const splitSteps = (transaction: Y.Transaction) => {
    if (transaction.origin !== origin) return
    const text = onlyTextChanged(transaction)
    if (!text || text !== lastText) manager.stopCapturing()
    lastText = text
  }
  doc.on('afterTransaction', splitSteps)

  const manager = new Y.UndoManager([roots.items, roots.stages, roots.votes, roots.meta], {
    trackedOrigins: new Set([origin]),
    captureTimeout: TYPING_BURST_MS,
  })
  const publish = () => {
    const next = { canUndo: manager.canUndo(), canRedo: manager.canRedo() }
    const now = state.getState()
    if (now.canUndo !== next.canUndo || now.canRedo !== next.canRedo) state.setState(next)
  }
  manager.on('stack-item-added', publish)
  manager.on('stack-item-popped', publish)
  manager.on('stack-cleared', publish)

  return {
    state,
    undo() {
      lastText = null
      manager.undo()
    },
    redo() {
      lastText = null
      manager.redo()
    },
    endStep() {
      lastText = null
      manager.stopCapturing()
    },
    destroy() {
      doc.off('afterTransaction', splitSteps)
      manager.destroy()
    },
  }
}

/** The one Y.Text a transaction changed, when it changed nothing else (a keystroke). */
function onlyTextChanged(transaction: Y.Transaction): Y.Text | null {
  let text: Y.Text | null = null
  for (const type of transaction.changed.keys()) {
    if (!(type instanceof Y.Text) || (text && text !== type)) return null
    text = type
  }
  return text
}

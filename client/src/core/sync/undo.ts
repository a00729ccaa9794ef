import * as Y from 'yjs'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { getBoardRoots, privateWordsRoot } from '@coboard/shared'

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
 * Words written in a private stage live in `privateDoc`, with a manager of their own; one list of
 * which manager took each step keeps undo and redo in the order the person worked, across both.
 *
 * Steps: every operation is one step (one drop = one `moveItem` = one step), except that
 * keystrokes in the same text field merge while they come less than TYPING_BURST_MS apart and
 * the field stays open (the UI calls `endStep` when editing ends).
 */
export function createUndoHistory(
  doc: Y.Doc,
  origin: object,
  privateDoc: Y.Doc | null = null,
): UndoHistory {
  const roots = getBoardRoots(doc)
  const state = createStore<UndoState>()(() => ({ canUndo: false, canRedo: false }))
  const histories = [
    trackDocument(doc, [roots.items, roots.stages, roots.votes, roots.meta], origin),
    ...(privateDoc ? [trackDocument(privateDoc, [privateWordsRoot(privateDoc)], origin)] : []),
  ]
  const managers = histories.map((history) => history.manager)

  // Which manager took each step, newest last. A replay (undo or redo) moves a step between a
  // manager's stacks itself; only a new step of the person's own clears what could be redone.
  const undoOrder: Y.UndoManager[] = []
  const redoOrder: Y.UndoManager[] = []
  let replaying = false
  const publish = () => {
    const next = {
      canUndo: managers.some((manager) => manager.canUndo()),
      canRedo: managers.some((manager) => manager.canRedo()),
    }
    const now = state.getState()
    if (now.canUndo !== next.canUndo || now.canRedo !== next.canRedo) state.setState(next)
  }
  for (const manager of managers) {
    manager.on('stack-item-added', (event: { type: 'undo' | 'redo' }) => {
      if (!replaying && event.type === 'undo') {
        undoOrder.push(manager)
        redoOrder.length = 0
        for (const other of managers) if (other !== manager) other.clear(false, true)
      }
      publish()
    })
    manager.on('stack-item-popped', publish)
    manager.on('stack-cleared', publish)
  }

  /** Replays the newest step of `order` that its manager still holds, moving it to `other`. */
  const replay = (
    order: Y.UndoManager[],
    other: Y.UndoManager[],
    can: (manager: Y.UndoManager) => boolean,
    run: (manager: Y.UndoManager) => unknown,
  ) => {
    for (const history of histories) history.endStep()
    let manager = order.pop()
    while (manager && !can(manager)) manager = order.pop()
    manager ??= managers.find(can)
    if (!manager) return
    replaying = true
    try {
      run(manager)
    } finally {
      replaying = false
    }
    other.push(manager)
  }

  return {
    state,
    undo: () =>
      replay(
        undoOrder,
        redoOrder,
        (manager) => manager.canUndo(),
        (manager) => manager.undo(),
      ),
    redo: () =>
      replay(
        redoOrder,
        undoOrder,
        (manager) => manager.canRedo(),
        (manager) => manager.redo(),
      ),
    endStep() {
      for (const history of histories) history.endStep()
    },
    destroy() {
      for (const history of histories) history.destroy()
    },
  }
}

/** One document's manager, whose keystrokes in one field merge into one step. */
function trackDocument(
  doc: Y.Doc,
  scope: ConstructorParameters<typeof Y.UndoManager>[0],
  origin: object,
) {
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
  const manager = new Y.UndoManager(scope, {
    trackedOrigins: new Set([origin]),
    captureTimeout: TYPING_BURST_MS,
  })
  return {
    manager,
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

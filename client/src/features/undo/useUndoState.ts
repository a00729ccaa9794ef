import { useStore } from 'zustand'
import { useBoardSession } from '../../sync/BoardProvider'
import type { UndoState } from '../../sync/undo'

/** Whether this device has something to undo or redo; re-renders only when that changes. */
export function useUndoState<T>(selector: (state: UndoState) => T): T {
  return useStore(useBoardSession().undo.state, selector)
}

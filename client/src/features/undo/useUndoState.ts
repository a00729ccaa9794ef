import { useStore } from 'zustand'
import { useBoardSession } from '../../adapters/BoardProvider'
import type { UndoState } from '../../core/sync/undo'

/** Whether this device has something to undo or redo; re-renders only when that changes. */
export function useUndoState<T>(selector: (state: UndoState) => T): T {
  return useStore(useBoardSession().undo.state, selector)
}

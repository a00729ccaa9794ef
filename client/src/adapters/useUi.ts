import { useStore } from 'zustand'
import { useBoardSession } from './BoardProvider'
import type { UiState } from '../core/state/uiStore'

/** A slice of this device's UI state; select narrowly (a primitive or a stable object). */
export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useBoardSession().ui, selector)
}

/** This device's UI store itself, for event handlers that read the latest state without re-rendering. */
export const useUiStore = () => useBoardSession().ui

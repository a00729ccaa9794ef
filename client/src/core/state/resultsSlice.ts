import type { StateCreator } from 'zustand/vanilla'
import type { UiState } from './uiStore'

// Results open by themselves when a vote is revealed, on every screen; a person who closes them
// closes them for that vote only, so the next reveal opens again. The choice outlives a reload
// of the tab (sessionStorage): results that reopened on every reload were closed again and again.

export interface ResultsSlice {
  /** The vote whose results this device has closed. */
  readonly closedResultsId: string | null
  closeResults(voteSessionId: string): void
  reopenResults(): void
}

const storageKey = (boardId: string) => `coboard:board:${boardId}:closed-results`

/** The results slice of `boardId`'s UI store. */
export const createResultsSlice =
  (boardId: string): StateCreator<UiState, [], [], ResultsSlice> =>
  (set) => ({
    closedResultsId: recall(storageKey(boardId)),
    closeResults: (closedResultsId) => {
      remember(storageKey(boardId), closedResultsId)
      set({ closedResultsId })
    },
    reopenResults: () => {
      remember(storageKey(boardId), null)
      set({ closedResultsId: null })
    },
  })

// sessionStorage can throw (disabled storage, private modes): the choice then lasts until reload.
function recall(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key)
  } catch {
    return null
  }
}

function remember(key: string, value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key)
    else window.sessionStorage.setItem(key, value)
  } catch {
    // See recall.
  }
}

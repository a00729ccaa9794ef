import type { StateCreator } from 'zustand/vanilla'
import type { UiState } from './uiStore'
import { readTabValue, writeTabValue } from '../lib/tabStorage'

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
    closedResultsId: readTabValue(storageKey(boardId)),
    closeResults: (closedResultsId) => {
      writeTabValue(storageKey(boardId), closedResultsId)
      set({ closedResultsId })
    },
    reopenResults: () => {
      writeTabValue(storageKey(boardId), null)
      set({ closedResultsId: null })
    },
  })

import type { StateCreator } from 'zustand/vanilla'
import type { UiState } from './uiStore'

// Results open by themselves when a vote is revealed, on every screen; a person who closes them
// closes them for that vote only, so the next reveal opens again.

export interface ResultsSlice {
  /** The vote whose results this device has closed. */
  readonly closedResultsId: string | null
  closeResults(voteSessionId: string): void
  reopenResults(): void
}

export const createResultsSlice: StateCreator<UiState, [], [], ResultsSlice> = (set) => ({
  closedResultsId: null,
  closeResults: (closedResultsId) => set({ closedResultsId }),
  reopenResults: () => set({ closedResultsId: null }),
})

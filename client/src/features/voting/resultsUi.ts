import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'

// Results open by themselves when a vote is revealed, on every screen; a person who closes them
// closes them for that vote only, so the next reveal opens again.

interface ResultsUiState {
  /** The vote whose results this device has closed. */
  readonly closedSessionId: string | null
  close(sessionId: string): void
  reopen(): void
}

export const resultsUi = createStore<ResultsUiState>()((set) => ({
  closedSessionId: null,
  close: (closedSessionId) => set({ closedSessionId }),
  reopen: () => set({ closedSessionId: null }),
}))

/** Whether the results of vote `sessionId` are closed on this device. */
export const useResultsClosed = (sessionId: string | undefined): boolean =>
  useStore(resultsUi, (state) => sessionId !== undefined && state.closedSessionId === sessionId)

import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import type { ParticipantId } from '@coboard/shared'

/** Whom this device is following, if anyone. Never synced: following is a private choice. */
interface FollowUiState {
  readonly following: ParticipantId | null
  follow(id: ParticipantId | null): void
}

export const followUi = createStore<FollowUiState>()((set) => ({
  following: null,
  follow: (following) => set({ following }),
}))

export const useFollowing = (): ParticipantId | null =>
  useStore(followUi, (state) => state.following)

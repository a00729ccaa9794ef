import type { StateCreator } from 'zustand/vanilla'
import type { UiState } from './uiStore'
import type { ParticipantId } from '@coboard/shared'

/** Whom this device is following, if anyone. Never synced: following is a private choice. */
export interface FollowSlice {
  readonly following: ParticipantId | null
  follow(id: ParticipantId | null): void
}

export const createFollowSlice: StateCreator<UiState, [], [], FollowSlice> = (set) => ({
  following: null,
  follow: (following) => set({ following }),
})

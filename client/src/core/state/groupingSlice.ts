import type { StateCreator } from 'zustand/vanilla'
import type { UiState } from './uiStore'
import type { ItemId } from '@coboard/shared'

/** A Shift-drag selection rectangle, in screen pixels relative to the canvas. */
export interface Marquee {
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
}

/** A cluster this device is dragging, and how far so far in board units. */
export interface ClusterDrag {
  readonly clusterId: ItemId
  readonly dx: number
  readonly dy: number
}

/** This device's grouping state: never synced (others see clusters once they exist). */
export interface GroupingSlice {
  /** Items picked with Shift-click or a Shift-drag rectangle, ready to be grouped. */
  readonly groupSelection: readonly ItemId[]
  /** The cluster whose name is being typed, right after grouping or on "Rename". */
  readonly renamingClusterId: ItemId | null
  readonly clusterDrag: ClusterDrag | null
  readonly marquee: Marquee | null
  setGroupSelection(ids: readonly ItemId[]): void
  toggleGrouped(id: ItemId): void
  setRenamingCluster(id: ItemId | null): void
  setClusterDrag(drag: ClusterDrag | null): void
  setMarquee(marquee: Marquee | null): void
}

// One empty array, so "nothing selected" keeps its identity and selectors do not re-render.
const NONE: readonly ItemId[] = []

export const createGroupingSlice: StateCreator<UiState, [], [], GroupingSlice> = (set) => ({
  groupSelection: NONE,
  renamingClusterId: null,
  clusterDrag: null,
  marquee: null,
  setGroupSelection: (ids) => set({ groupSelection: ids.length ? ids : NONE }),
  toggleGrouped: (id) =>
    set((state) => ({
      groupSelection: state.groupSelection.includes(id)
        ? state.groupSelection.filter((other) => other !== id)
        : [...state.groupSelection, id],
    })),
  setRenamingCluster: (renamingClusterId) => set({ renamingClusterId }),
  setClusterDrag: (clusterDrag) => set({ clusterDrag }),
  setMarquee: (marquee) => set({ marquee }),
})

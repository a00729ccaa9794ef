import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import type { ItemId } from '@coboard/shared'

/** This device's grouping state: never synced (others see clusters once they exist). */
export interface ClusterUiState {
  /** Items picked with Shift-click or a Shift-drag rectangle, ready to be grouped. */
  readonly selection: readonly ItemId[]
  /** The cluster whose name is being typed, right after grouping or on "Rename". */
  readonly renamingId: ItemId | null
  /** A cluster this device is dragging, and how far so far in board units. */
  readonly drag: { readonly clusterId: ItemId; readonly dx: number; readonly dy: number } | null
  /** A Shift-drag selection rectangle in progress, in screen pixels relative to the canvas. */
  readonly marquee: Marquee | null
  setSelection(ids: readonly ItemId[]): void
  toggleSelected(id: ItemId): void
  setRenaming(id: ItemId | null): void
  setDrag(drag: ClusterUiState['drag']): void
  setMarquee(marquee: Marquee | null): void
  reset(): void
}

export interface Marquee {
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
}

const EMPTY: readonly ItemId[] = []

/** One store for the page: only one board is open at a time, and it is reset on leaving it. */
export const clusterUi = createStore<ClusterUiState>()((set) => ({
  selection: EMPTY,
  renamingId: null,
  drag: null,
  marquee: null,
  setSelection: (ids) => set({ selection: ids.length ? ids : EMPTY }),
  toggleSelected: (id) =>
    set((state) => ({
      selection: state.selection.includes(id)
        ? state.selection.filter((other) => other !== id)
        : [...state.selection, id],
    })),
  setRenaming: (renamingId) => set({ renamingId }),
  setDrag: (drag) => set({ drag }),
  setMarquee: (marquee) => set({ marquee }),
  reset: () => set({ selection: EMPTY, renamingId: null, drag: null, marquee: null }),
}))

/** A slice of the grouping state; select primitives or stable values. */
export function useClusterUi<T>(selector: (state: ClusterUiState) => T): T {
  return useStore(clusterUi, selector)
}

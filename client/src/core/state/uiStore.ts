import { createStore, type StoreApi } from 'zustand/vanilla'
import type { ItemId } from '@coboard/shared'
import type { ServerNotice } from '../sync/serverNotices'
import { loadMe, saveMe, type Me } from './meStorage'
import type { Size, Viewport } from './viewport'
import { createFollowSlice, type FollowSlice } from './followSlice'
import { createGroupingSlice, type GroupingSlice } from './groupingSlice'
import { createPanelsSlice, type PanelsSlice } from './panelsSlice'
import { createResultsSlice, type ResultsSlice } from './resultsSlice'

/**
 * What only this device knows: never synced; presence goes through awareness instead. One store
 * per open board, so all of it (grouping, following, closed results, open panels) resets with it.
 */
export interface UiState extends GroupingSlice, FollowSlice, ResultsSlice, PanelsSlice {
  readonly viewport: Viewport
  /** Size of the canvas element in CSS pixels. */
  readonly screen: Size
  readonly selectedId: ItemId | null
  readonly editingId: ItemId | null
  /** The note this device is dragging, kept rendered even if it leaves the culled area. */
  readonly draggingId: ItemId | null
  readonly me: Me
  readonly hasJoined: boolean
  /** The name-and-side dialog is open again for someone who has already joined. */
  readonly identityOpen: boolean
  /** What the server last told this person (a close explained, an edit trimmed), until dismissed. */
  readonly notice: ServerNotice | null

  setViewport(viewport: Viewport): void
  setScreen(screen: Size): void
  select(id: ItemId | null): void
  startEditing(id: ItemId): void
  stopEditing(): void
  setDragging(id: ItemId | null): void
  setMe(name: string, role: string): void
  setIdentityOpen(open: boolean): void
  /** Shows `notice` in place of the one shown; the same words again leave it as it is. */
  showNotice(notice: ServerNotice): void
  /** Hides the notice `id`, if it is still the one shown (a newer one stays). */
  dismissNotice(id: number): void
}

export type UiStore = StoreApi<UiState>

/** Creates this device's UI state for one board, with identity remembered in localStorage. */
export function createUiStore(boardId: string): UiStore {
  const me = loadMe(boardId)
  return createStore<UiState>()((set, get, store) => ({
    ...createGroupingSlice(set, get, store),
    ...createFollowSlice(set, get, store),
    ...createResultsSlice(boardId)(set, get, store),
    ...createPanelsSlice(set, get, store),
    viewport: { x: -200, y: -150, zoom: 1 },
    screen: { width: 1, height: 1 },
    selectedId: null,
    editingId: null,
    draggingId: null,
    me,
    // A name is optional ("never needed to take part"); picking a side is what joining means.
    hasJoined: me.role !== '',
    identityOpen: false,
    notice: null,

    setViewport: (viewport) => set({ viewport }),
    setScreen: (screen) => set({ screen }),
    select: (id) =>
      set((state) => ({
        selectedId: id,
        editingId: state.editingId === id ? state.editingId : null,
      })),
    startEditing: (id) => set({ selectedId: id, editingId: id }),
    stopEditing: () => set({ editingId: null }),
    setDragging: (id) => set({ draggingId: id }),
    setMe: (name, role) =>
      set((state) => {
        const next = { ...state.me, name, role }
        saveMe(boardId, next)
        return { me: next, hasJoined: true, identityOpen: false }
      }),
    setIdentityOpen: (identityOpen) => set({ identityOpen }),
    // Returning the state unchanged notifies no one: the toast keeps its timer and is not re-read.
    showNotice: (notice) =>
      set((state) => (state.notice?.text === notice.text ? state : { notice })),
    dismissNotice: (id) => set((state) => (state.notice?.id === id ? { notice: null } : state)),
  }))
}

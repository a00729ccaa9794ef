import { useStore } from 'zustand'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { useBoardSession } from '../../sync/BoardProvider'

/** A side panel's name, e.g. 'framework' or 'balance'; any feature may add its own. */
export type PanelId = string

/** Which side panels this device has open. UI only: never synced, gone on reload. */
export interface PanelState {
  readonly open: readonly PanelId[]
  toggle(id: PanelId): void
  close(id: PanelId): void
}

export type PanelStore = StoreApi<PanelState>

/** The DOM id of a panel, for its toggle's `aria-controls`. */
export const panelDomId = (id: PanelId) => `side-panel-${id}`

const createPanelStore = (): PanelStore =>
  createStore<PanelState>()((set) => ({
    open: [],
    toggle: (id) =>
      set((state) => ({
        open: state.open.includes(id) ? state.open.filter((o) => o !== id) : [...state.open, id],
      })),
    close: (id) => set((state) => ({ open: state.open.filter((o) => o !== id) })),
  }))

// One store per open board, made on first use: the top bar's toggles and the dock beside the
// canvas share it without a provider of their own, and it goes when the session does.
const stores = new WeakMap<object, PanelStore>()

/** This board's panel store, for event handlers that should not re-render. */
export function usePanelStore(): PanelStore {
  const session = useBoardSession()
  let store = stores.get(session)
  if (!store) {
    store = createPanelStore()
    stores.set(session, store)
  }
  return store
}

/** Whether panel `id` is open on this device. */
export function useIsPanelOpen(id: PanelId): boolean {
  return useStore(usePanelStore(), (state) => state.open.includes(id))
}

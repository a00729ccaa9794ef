import type { StateCreator } from 'zustand/vanilla'
import type { UiState } from './uiStore'

/** A side panel's name, e.g. 'framework' or 'balance'; any feature may add its own. */
export type PanelId = string

/** Which side panels this device has open. Never synced, gone on reload. */
export interface PanelsSlice {
  readonly openPanels: readonly PanelId[]
  togglePanel(id: PanelId): void
  closePanel(id: PanelId): void
}

/** The DOM id of a panel, for its toggle's `aria-controls`. */
export const panelDomId = (id: PanelId) => `side-panel-${id}`

export const createPanelsSlice: StateCreator<UiState, [], [], PanelsSlice> = (set) => ({
  openPanels: [],
  togglePanel: (id) =>
    set((state) => ({
      openPanels: state.openPanels.includes(id)
        ? state.openPanels.filter((open) => open !== id)
        : [...state.openPanels, id],
    })),
  closePanel: (id) => set((state) => ({ openPanels: state.openPanels.filter((o) => o !== id) })),
})

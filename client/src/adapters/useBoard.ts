import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type {
  BoardItem,
  BoardMeta,
  ItemId,
  ItemKind,
  Participant,
  ParticipantId,
  PresenceState,
} from '@coboard/shared'
import { useBoardSession } from './BoardProvider'
import type { ConnectionStatus } from '../core/sync/connectionStatus'
import type { BoardState, RoomPresence } from '../core/state/boardStore'
import type { RemoteDrag } from '../core/state/readPeers'

// Narrow selectors over the board read model. Each returns a value that keeps its identity
// while unchanged, so a component re-renders only when its own slice changes.

/** Any slice of the board state; prefer the named hooks below. */
export function useBoardState<T>(selector: (state: BoardState) => T): T {
  return useStore(useBoardSession().board, selector)
}

/** Any slice of who else is here (presence); it changes many times a second, so select narrowly. */
export function usePresence<T>(selector: (state: RoomPresence) => T): T {
  return useStore(useBoardSession().board.presence, selector)
}

/** One item, or undefined once it has been deleted. */
export const useItem = (id: ItemId): BoardItem | undefined =>
  useBoardState((state) => state.board.items.get(id))

/** The kind of one item; re-renders only when the item appears, disappears or changes kind. */
export const useItemKind = (id: ItemId): ItemKind | undefined =>
  useBoardState((state) => state.board.items.get(id)?.kind)

/** Ids of every item, in document order; re-renders only when items are added or removed. */
export const useItemIds = (): readonly ItemId[] =>
  useStore(
    useBoardSession().board,
    useShallow((state) => Array.from(state.board.items.keys())),
  )

/** All items by id (changes whenever any item does: for layout-wide work such as fitting). */
export const useItems = (): ReadonlyMap<ItemId, BoardItem> =>
  useBoardState((state) => state.board.items)

export const useMeta = (): BoardMeta => useBoardState((state) => state.board.meta)

export const useParticipants = (): ReadonlyMap<ParticipantId, Participant> =>
  useBoardState((state) => state.board.participants)

/** Presence of the other connections by awareness client id. */
export const usePeers = (): ReadonlyMap<number, PresenceState> =>
  usePresence((state) => state.peers)

export const useConnection = (): ConnectionStatus => useBoardState((state) => state.connection)

/** Whether the board has arrived at least once. */
export const useLoaded = (): boolean => useBoardState((state) => state.loaded)

/** Someone else's in-flight drag of this item, if any. */
export const useRemoteDrag = (id: ItemId): RemoteDrag | undefined =>
  usePresence((state) => state.remoteDrags.get(id))

import {
  actingSide,
  addStage,
  addTimerTime,
  advanceStage,
  castVote,
  clearSpotlight,
  dissolveCluster,
  editStage,
  goToStage,
  groupItems,
  leaveHat,
  moveCluster,
  passHat,
  pauseTimer,
  retreatStage,
  removeStage,
  removeVote,
  renameCluster,
  resetTimer,
  revealStage,
  revealVote,
  setCluster,
  setProjectorView,
  spotlightItem,
  startTimer,
  startVote,
  summonEveryone,
  tidyCluster,
  tidyStage,
  takeHat,
  updateTimer,
  type ItemId,
  type ItemKind,
  type NewStage,
  type ParticipantId,
  type PresenceViewport,
  type ProjectorView,
  type StageEdit,
  type StageId,
  type Timer,
} from '@coboard/shared'
import { throttle } from '../lib/throttle'
import type { BoardStore } from '../state/boardStore'
import type { UiStore } from '../state/uiStore'
import type { BoardConnection } from '../sync/connectBoard'

/**
 * The verbs of running a workshop together. Anyone may take the hat; the verbs that steer the
 * room (stages, timer, vote, summon) do nothing for someone who does not wear it, so a stale
 * button on a slow device cannot move the room after the hat has been passed on.
 */
export interface FacilitationActions {
  takeHat(): void
  leaveHat(): void
  /** Hands this device's hat to `to` in one step. */
  passHat(to: ParticipantId): void
  goToStage(id: StageId): void
  nextStage(): void
  previousStage(): void
  addStage(stage: NewStage): StageId | null
  editStage(id: StageId, edit: StageEdit): void
  removeStage(id: StageId): void
  /** Turns a private stage's notes face up for everyone. */
  revealStage(id: StageId): void
  startTimer(): void
  pauseTimer(): void
  addMinute(): void
  resetTimer(): void
  startVote(options: { budget: number; kinds: readonly ItemKind[] }): void
  revealVote(): void
  /** Places one of this person's dots; false when none are left or no vote is open. */
  castVote(itemId: ItemId): boolean
  removeVote(itemId: ItemId): boolean
  /** Groups items into a new cluster and returns its id (null for fewer than one item). */
  groupItems(itemIds: readonly ItemId[], title?: string): ItemId | null
  renameCluster(id: ItemId, title: string): void
  /** Puts an item into a cluster, or takes it out with null. */
  setCluster(itemId: ItemId, clusterId: ItemId | null): void
  moveCluster(id: ItemId, dx: number, dy: number): void
  dissolveCluster(id: ItemId): void
  /** Lays the current stage's cards out in rows without overlaps (hat wearers; one undo step). */
  tidyStage(): void
  /** Lays one group's cards out in rows and fits its frame around them (one undo step). */
  tidyCluster(id: ItemId): void
  /** Asks every other screen to look at `view` (board centre and zoom). */
  summonEveryone(view: PresenceViewport): void
  /** Puts one card or group on the projector alone, large, until cleared or the stage moves on. */
  spotlight(itemId: ItemId): void
  clearSpotlight(): void
  /** What the projector frames: the current stage (readable, paged) or the whole board. */
  setProjectorView(view: ProjectorView): void
  /** Tells the others what this device is looking at, for "Follow"; throttled. */
  publishViewport(view: PresenceViewport): void
  destroy(): void
}

const MINUTE = 60_000
// Followers ease between positions, so a few updates a second are smooth enough and cheap.
const VIEWPORT_INTERVAL_MS = 150

/** Binds the facilitation operations to one document, this device's identity and its presence. */
export function createFacilitationActions(
  connection: Pick<BoardConnection, 'doc' | 'awareness'>,
  ui: UiStore,
  board: BoardStore,
  origin: object,
): FacilitationActions {
  const { doc, awareness } = connection
  const me = () => {
    const { participantId, role } = ui.getState().me
    return { participantId, role: actingSide(role) }
  }
  // The shared verbs check the hat against the document, not the store, which may be a frame
  // behind a peer's change; here they are only bound to this device's identity.
  const changeTimer = (change: (timer: Timer, now: number) => Timer) => () =>
    void updateTimer(doc, change, me(), origin)
  const sendViewport = throttle((view: PresenceViewport) => {
    const round = (n: number) => Math.round(n * 100) / 100
    awareness.setLocalStateField('viewport', {
      x: Math.round(view.x),
      y: Math.round(view.y),
      zoom: round(view.zoom),
    })
  }, VIEWPORT_INTERVAL_MS)

  return {
    takeHat: () => {
      if (ui.getState().me.role) takeHat(doc, me(), origin)
    },
    leaveHat: () => leaveHat(doc, me(), origin),
    passHat: (to) => {
      const entry = board.getState().board.participants.get(to)
      if (entry) passHat(doc, me(), { participantId: to, role: entry.role }, origin)
    },
    goToStage: (id) => void goToStage(doc, id, me(), origin),
    nextStage: () => void advanceStage(doc, me(), origin),
    previousStage: () => void retreatStage(doc, me(), origin),
    addStage: (stage) => addStage(doc, stage, me(), origin),
    editStage: (id, edit) => void editStage(doc, id, edit, me(), origin),
    removeStage: (id) => void removeStage(doc, id, me(), origin),
    revealStage: (id) => void revealStage(doc, id, me(), origin),
    startTimer: changeTimer(startTimer),
    pauseTimer: changeTimer(pauseTimer),
    addMinute: changeTimer((timer, now) => addTimerTime(timer, MINUTE, now)),
    resetTimer: changeTimer((timer) => resetTimer(timer)),
    startVote: (options) => void startVote(doc, options, me(), origin),
    revealVote: () => void revealVote(doc, me(), origin),
    castVote: (itemId) => castVote(doc, me().participantId, itemId, origin),
    removeVote: (itemId) => removeVote(doc, me().participantId, itemId, origin),
    groupItems: (itemIds, title = '') => {
      const { participantId, role } = me()
      const cluster = { title, memberIds: itemIds, authorId: participantId, role }
      return groupItems(doc, board.getState().board, cluster, origin)
    },
    renameCluster: (id, title) => void renameCluster(doc, id, title, origin),
    setCluster: (itemId, clusterId) => void setCluster(doc, itemId, clusterId, origin),
    moveCluster: (id, dx, dy) => void moveCluster(doc, board.getState().board, id, dx, dy, origin),
    dissolveCluster: (id) => void dissolveCluster(doc, id, origin),
    tidyStage: () => void tidyStage(doc, me(), origin),
    tidyCluster: (id) => void tidyCluster(doc, id, origin),
    summonEveryone: (view) => void summonEveryone(doc, view, me(), origin),
    spotlight: (itemId) => void spotlightItem(doc, itemId, me(), origin),
    clearSpotlight: () => void clearSpotlight(doc, me(), origin),
    setProjectorView: (view) => void setProjectorView(doc, view, me(), origin),
    publishViewport: (view) => sendViewport(view),
    destroy: () => sendViewport.cancel(),
  }
}

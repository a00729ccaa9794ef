import type * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { readItem } from './kinds'
import { readId, readRecord, readString, readTime } from './sanitize'
import { readTimer } from './timer'
import { readVoteSession, readVotes } from './voting'
import { readStages } from './stages'
import { isPlainMap } from './sharedTypes'
import { readReportNames } from './reportNames'
import { readFacilitationLog, readFacilitators, readSummon } from './facilitation'
import { readProjectorView, readSpotlight } from './projector'
import {
  BOARD_SCHEMA_VERSION,
  DEFAULT_ROLES,
  MAX_NAME_LENGTH,
  MAX_PURPOSE_LENGTH,
  MAX_TITLE_LENGTH,
  type BoardItem,
  type BoardMeta,
  type BoardSnapshot,
  type ItemId,
  type Participant,
  type ParticipantId,
  type RoleDefinition,
  type StageId,
} from './schema'
import { FALLBACK_SIDE } from './voices'

/** Reads the board-wide settings, repairing anything malformed. */
export function readMeta(doc: Y.Doc): BoardMeta {
  const { meta } = getBoardRoots(doc)
  const version = meta.get('schemaVersion')
  return {
    schemaVersion: typeof version === 'number' ? version : BOARD_SCHEMA_VERSION,
    title: readString(meta.get('title'), MAX_TITLE_LENGTH, 'Untitled board'),
    purpose: readString(meta.get('purpose'), MAX_PURPOSE_LENGTH),
    createdAt: readTime(meta.get('createdAt')),
    roles: readRoles(meta.get('roles')),
    currentStageId: readId<StageId>(meta.get('currentStageId')),
    timer: readTimer(meta.get('timer')),
    vote: readVoteSession(meta.get('vote')),
    summon: readSummon(meta.get('summon')),
    projectorView: readProjectorView(meta.get('projectorView')),
    spotlight: readSpotlight(meta.get('spotlight')),
    reportNames: readReportNames(meta.get('reportNames')),
  }
}

function readRoles(value: unknown): readonly RoleDefinition[] {
  if (!Array.isArray(value)) return DEFAULT_ROLES
  const roles = value.flatMap((role: unknown): RoleDefinition[] => {
    const record = readRecord(role)
    if (!record) return []
    const { id, label, description } = record
    if (typeof id !== 'string' || id === '') return []
    return [
      {
        id: readString(id, MAX_NAME_LENGTH),
        label: readString(label, MAX_NAME_LENGTH, id),
        description: readString(description, MAX_PURPOSE_LENGTH),
      },
    ]
  })
  return roles.length > 0 ? roles.slice(0, 12) : DEFAULT_ROLES
}

/** Reads one participant from the roster, or null when the entry is not a map. */
export function readParticipant(id: ParticipantId, value: unknown): Participant | null {
  if (!isPlainMap(value)) return null
  return {
    id,
    name: readString(value.get('name'), MAX_NAME_LENGTH),
    role: readString(value.get('role'), MAX_NAME_LENGTH, FALLBACK_SIDE),
    joinedAt: readTime(value.get('joinedAt')),
  }
}

/** Reads the whole board once into plain data (for exports and tests; the client uses createBoardReader). */
export function readBoard(doc: Y.Doc): BoardSnapshot {
  return createBoardReader(doc).read()
}

/** A reader that re-reads only what changed, so unchanged items keep their object identity. */
export interface BoardReader {
  /** The board as it is now. Returns the same object while nothing has changed. */
  read(): BoardSnapshot
  /** Stops observing the document. */
  destroy(): void
}

/** Starts observing `doc` and returns a reader whose snapshots share unchanged items. */
export function createBoardReader(doc: Y.Doc): BoardReader {
  const roots = getBoardRoots(doc)
  const items = new Map<ItemId, BoardItem>()
  const dirtyItems = new Set<ItemId>()
  let everythingDirty = true
  let metaDirty = true
  let participantsDirty = true
  let flowDirty = true
  let snapshot: BoardSnapshot | null = null
  // The items as last handed out: kept, identity and all, while no item has changed.
  let itemsSnapshot: ReadonlyMap<ItemId, BoardItem> | null = null
  let meta: BoardMeta | null = null
  let participants: ReadonlyMap<ParticipantId, Participant> = new Map()
  let flow: Pick<BoardSnapshot, 'stages' | 'votes' | 'facilitators' | 'facilitationLog'> | null =
    null

  const onItems = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    snapshot = null
    for (const event of events) {
      if (event.target === roots.items) {
        for (const key of event.keys.keys()) dirtyItems.add(key as ItemId)
      } else {
        const [itemId] = event.path
        if (typeof itemId === 'string') dirtyItems.add(itemId as ItemId)
      }
    }
  }
  const onMeta = () => {
    snapshot = null
    metaDirty = true
  }
  const onParticipants = () => {
    snapshot = null
    participantsDirty = true
  }
  const onFlow = () => {
    snapshot = null
    flowDirty = true
  }
  const flowRoots = [roots.stages, roots.votes, roots.facilitators, roots.facilitationLog]
  roots.items.observeDeep(onItems)
  roots.meta.observeDeep(onMeta)
  roots.participants.observeDeep(onParticipants)
  for (const root of flowRoots) root.observeDeep(onFlow)

  const refreshItem = (id: ItemId) => {
    const item = readItem(id, roots.items.get(id))
    if (item) items.set(id, item)
    else items.delete(id)
  }

  return {
    read() {
      if (snapshot) return snapshot
      if (everythingDirty) {
        items.clear()
        for (const id of roots.items.keys()) refreshItem(id as ItemId)
        everythingDirty = false
        itemsSnapshot = null
      } else if (dirtyItems.size > 0) {
        for (const id of dirtyItems) refreshItem(id)
        itemsSnapshot = null
      }
      dirtyItems.clear()
      if (metaDirty || !meta) meta = readMeta(doc)
      metaDirty = false
      if (participantsDirty) {
        const next = new Map<ParticipantId, Participant>()
        roots.participants.forEach((value, id) => {
          const participant = readParticipant(id as ParticipantId, value)
          if (participant) next.set(participant.id, participant)
        })
        participants = next
        participantsDirty = false
      }
      if (flowDirty || !flow) {
        flow = {
          stages: readStages(doc),
          votes: readVotes(doc),
          facilitators: readFacilitators(doc),
          facilitationLog: readFacilitationLog(doc),
        }
        flowDirty = false
      }
      itemsSnapshot ??= withValidClusters(items)
      snapshot = { meta, items: itemsSnapshot, participants, ...flow }
      return snapshot
    },
    destroy() {
      roots.items.unobserveDeep(onItems)
      roots.meta.unobserveDeep(onMeta)
      roots.participants.unobserveDeep(onParticipants)
      for (const root of flowRoots) root.unobserveDeep(onFlow)
    },
  }
}

const detached = new WeakMap<BoardItem, BoardItem>()

/**
 * The items with every cluster reference checked: a note whose cluster was deleted (or that a
 * hostile peer pointed at a non-cluster) reads as in no cluster. Resolving here, not in the
 * document, gives every device the same answer without racing updates still on their way.
 */
function withValidClusters(items: ReadonlyMap<ItemId, BoardItem>): Map<ItemId, BoardItem> {
  const result = new Map(items)
  for (const item of items.values()) {
    if (!('clusterId' in item) || item.clusterId === null) continue
    if (items.get(item.clusterId)?.kind === 'cluster') continue
    let copy = detached.get(item)
    if (!copy) {
      copy = { ...item, clusterId: null } as BoardItem
      detached.set(item, copy)
    }
    result.set(item.id, copy)
  }
  return result
}

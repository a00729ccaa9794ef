import {
  isClusterMember,
  isHiddenFrom,
  type BoardSnapshot,
  type Cluster,
  type ItemId,
  type ParticipantId,
  type Stage,
} from '@coboard/shared'

/** One group in a stage: the notes and reframes it holds that this viewer may read. */
export interface OutlineCluster {
  readonly cluster: Cluster
  readonly noteIds: readonly ItemId[]
  readonly reframeIds: readonly ItemId[]
  /** Every card the group holds, face-down ones included: the number its frame shows. */
  readonly cardCount: number
}

/** One stage of the board as structured text; `stage` is null for items outside any stage. */
export interface OutlineStage {
  readonly stage: Stage | null
  readonly clusters: readonly OutlineCluster[]
  /** Notes not in any group, that this viewer may read. */
  readonly noteIds: readonly ItemId[]
  readonly reframeIds: readonly ItemId[]
  readonly outcomeIds: readonly ItemId[]
  /** Other people's notes of a private stage, not revealed yet: only their number is shown. */
  readonly hiddenCount: number
}

const byPlace = (board: BoardSnapshot) => (a: ItemId, b: ItemId) => {
  const first = board.items.get(a)!
  const second = board.items.get(b)!
  // Reading order on the board: rows top to bottom (a row is about one note high), then left to right.
  return Math.round(first.y / 180) - Math.round(second.y / 180) || first.x - second.x
}

/**
 * The whole board as an outline: stages in agenda order (then anything from no or a removed
 * stage), each with its groups and their notes, loose notes, reframes and outcomes in reading
 * order. Notes this viewer may not read yet are counted, never listed.
 */
export function buildOutline(board: BoardSnapshot, viewer: ParticipantId | null): OutlineStage[] {
  const known = new Set(board.stages.map((stage) => stage.id))
  const keyOf = (stageId: string | null) => (stageId && known.has(stageId as never) ? stageId : '')
  const buckets = new Map<
    string,
    { notes: ItemId[]; clusters: Cluster[]; reframes: ItemId[]; outcomes: ItemId[]; hidden: number }
  >()
  const bucket = (key: string) => {
    let entry = buckets.get(key)
    if (!entry) {
      entry = { notes: [], clusters: [], reframes: [], outcomes: [], hidden: 0 }
      buckets.set(key, entry)
    }
    return entry
  }
  const membersOf = new Map<ItemId, { notes: ItemId[]; reframes: ItemId[]; count: number }>()
  const groupOf = (item: { readonly kind: string; readonly clusterId?: ItemId | null }) => {
    const clusterId = 'clusterId' in item ? item.clusterId : null
    if (!clusterId || board.items.get(clusterId)?.kind !== 'cluster') return null
    if (!isClusterMember(item, clusterId)) return null
    let members = membersOf.get(clusterId)
    if (!members) membersOf.set(clusterId, (members = { notes: [], reframes: [], count: 0 }))
    members.count++
    return members
  }

  for (const item of board.items.values()) {
    const entry = bucket(keyOf(item.stageId))
    if (item.kind === 'cluster') {
      entry.clusters.push(item)
      continue
    }
    const group = groupOf(item)
    if (item.kind === 'note') {
      if (isHiddenFrom(item, viewer, board.stages)) entry.hidden++
      else (group?.notes ?? entry.notes).push(item.id)
    } else if (item.kind === 'reframe') (group?.reframes ?? entry.reframes).push(item.id)
    else entry.outcomes.push(item.id)
  }

  const order = byPlace(board)
  const stages: (Stage | null)[] = [...board.stages, null]
  return stages.flatMap((stage) => {
    const entry = buckets.get(stage?.id ?? '')
    if (!entry && !stage) return []
    const { notes = [], clusters = [], reframes = [], outcomes = [], hidden = 0 } = entry ?? {}
    return [
      {
        stage,
        clusters: clusters
          .sort((a, b) => order(a.id, b.id))
          .map((cluster) => {
            const members = membersOf.get(cluster.id)
            return {
              cluster,
              noteIds: (members?.notes ?? []).sort(order),
              reframeIds: (members?.reframes ?? []).sort(order),
              cardCount: members?.count ?? 0,
            }
          }),
        noteIds: notes.sort(order),
        reframeIds: reframes.sort(order),
        outcomeIds: outcomes.sort(order),
        hiddenCount: hidden,
      },
    ]
  })
}

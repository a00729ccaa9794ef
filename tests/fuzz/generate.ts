import {
  MAX_TEXT_LENGTH,
  NOTE_COLORS,
  OUTCOME_DETAIL_FIELDS,
  STANCES,
  TEXT_FIELDS,
  type ItemId,
  type ItemKind,
  type RoleId,
} from '@coboard/shared'
import { drawHostileWrite } from './hostile'
import type { Op } from './operations'
import type { Random } from './random'

// Random operations: which verb, on which item, with which arguments. Arguments lean towards
// the edges that break things: ids a peer has not seen or that are deleted, NaN and huge
// coordinates, and text that reaches a length limit with an emoji where it is cut.

/** Every id the run has handed out, with the kind it was made as, for picking targets. */
export interface Registry {
  readonly items: Map<ItemId, ItemKind | 'alien'>
  nextId: number
}

/** Sides a person can join as; `visitor` is not one of the board's roles. */
export const ROLES: readonly RoleId[] = [
  'lived-experience',
  'provider',
  'commissioner',
  'other',
  'visitor',
]

const KINDS: readonly ItemKind[] = ['note', 'reframe', 'outcome', 'cluster']
/** The kinds that can sit in a cluster or hold text. */
const MEMBER_KINDS: readonly ItemKind[] = ['note', 'reframe', 'outcome']
const WORDS = ['they', 'never', 'listen', 'we', 'could', 'share', 'the', 'wait', 'GP', 'carers']
// Emoji (surrogate pairs, a ZWJ sequence), a combining accent, right-to-left script, markup.
const ODD = ['😀', '👩🏽‍⚕️', 'é', 'مرحبا', '\n', '<b>', '"', '𝄞', '  ']
/** Lengths at which Coboard cuts text: names, titles, outcome details, item text. */
const LIMITS = [60, 120, 300, MAX_TEXT_LENGTH]

/** Random arguments for one operation, aimed at what the acting peer can see. */
export interface Draw {
  readonly random: Random
  /** Mostly an item of `kinds` the peer has; sometimes one it lacks, or of another kind. */
  target(kinds?: readonly ItemKind[]): ItemId
  /** The kind an id was made as, if the run made it. */
  kindOf(id: ItemId): ItemKind | 'alien' | undefined
  /** A fresh id; rarely one that exists (an import, or a client racing another device). */
  newId(): ItemId
  place(): { x: number; y: number }
  text(): string
}

type Generator = readonly [weight: number, draw: (d: Draw) => Op]

const OPERATIONS: readonly Generator[] = [
  [12, (d) => ({ type: 'addNote', id: d.newId(), ...d.place(), text: d.text(), color: color(d) })],
  [12, (d) => editText(d)],
  [10, (d) => ({ type: 'moveItem', id: d.target(), ...d.place() })],
  [3, (d) => ({ type: 'setNoteColor', id: d.target(['note']), color: color(d) })],
  [6, (d) => ({ type: 'deleteItem', id: d.target() })],
  [2, (d) => ({ type: 'setKeepOutOfExport', id: d.target(['note']), keepOut: flag(d, 0.5) })],
  [3, (d) => ({ type: 'joinBoard', name: name(d), role: d.random.pick(ROLES) })],
  [3, (d) => ({ type: 'reframeNote', id: d.target(['note']) })],
  [3, (d) => ({ type: 'acceptReframe', id: d.target(['reframe']), accepted: flag(d, 0.8) })],
  [
    3,
    (d) => ({
      type: 'addOutcome',
      id: d.newId(),
      ...d.place(),
      outcome: d.text(),
      measure: d.text(),
    }),
  ],
  [4, (d) => ({ type: 'setStance', id: d.target(['outcome']), stance: stance(d), note: d.text() })],
  [
    3,
    (d) => ({
      type: 'setOutcomeDetail',
      id: d.target(['outcome']),
      field: detail(d),
      value: d.text(),
    }),
  ],
  [3, (d) => ({ type: 'createCluster', id: d.newId(), title: name(d), members: members(d) })],
  [3, (d) => ({ type: 'moveCluster', id: d.target(['cluster']), dx: delta(d), dy: delta(d) })],
  [4, (d) => ({ type: 'setCluster', id: d.target(MEMBER_KINDS), clusterId: cluster(d) })],
  [2, (d) => ({ type: 'dissolveCluster', id: d.target(['cluster']) })],
  [1, (d) => ({ type: 'renameCluster', id: d.target(['cluster']), title: d.text() })],
  [2, (d) => ({ type: 'startVote', budget: budget(d), kinds: voteKinds(d) })],
  [6, (d) => ({ type: 'castVote', id: d.target() })],
  [2, (d) => ({ type: 'removeVote', id: d.target() })],
  [1, () => ({ type: 'revealVote' })],
  [1, (d) => ({ type: 'addStage', title: name(d), private: flag(d, 0.3) })],
  [2, (d) => ({ type: 'goToStage', index: d.random.int(8) })],
  [1, () => ({ type: 'advanceStage' })],
  [1, (d) => ({ type: 'revealStage', index: d.random.int(8) })],
  [1, () => ({ type: 'takeHat' })],
  [1, () => ({ type: 'leaveHat' })],
  [1, (d) => ({ type: 'passHat', to: d.random.int(5) })],
  [1, (d) => ({ type: 'timer', action: timerAction(d), ms: timerMs(d) })],
  [1, (d) => ({ type: 'summon', ...d.place(), zoom: d.random.pick([1, 0, 9, Number.NaN]) })],
  [9, (d) => ({ type: 'raw', ...drawHostileWrite(d) })],
]

/**
 * Draws one operation. `isKnown` tells which ids the acting peer has: operations aim at those
 * mostly, so that they meet concurrent edits of the same items rather than only no-ops.
 */
export function generateOp(
  random: Random,
  registry: Registry,
  isKnown: (id: ItemId) => boolean,
): Op {
  const draw: Draw = {
    random,
    target: (kinds = KINDS) => pickTarget(random, registry, isKnown, kinds),
    kindOf: (id) => registry.items.get(id),
    newId: () =>
      registry.items.size > 0 && random.chance(0.03)
        ? random.pick([...registry.items.keys()])
        : (`i${registry.nextId++}` as ItemId),
    place: () => ({ x: coordinate(random), y: coordinate(random) }),
    text: () => text(random),
  }
  return random.weighted(OPERATIONS)(draw)
}

function pickTarget(
  random: Random,
  registry: Registry,
  isKnown: (id: ItemId) => boolean,
  kinds: readonly ItemKind[],
): ItemId {
  const all = [...registry.items.entries()]
  const wanted = all.filter(([, kind]) => kinds.includes(kind as ItemKind))
  const known = wanted.filter(([id]) => isKnown(id))
  const roll = random.next()
  if (known.length > 0 && roll < 0.65) return random.pick(known)[0]
  if (wanted.length > 0 && roll < 0.85) return random.pick(wanted)[0]
  if (all.length > 0 && roll < 0.95) return random.pick(all)[0]
  return `ghost${random.int(3)}` as ItemId
}

function coordinate(random: Random): number {
  if (random.chance(0.95)) return random.between(-2000, 2000)
  return random.pick([Number.NaN, Infinity, -Infinity, 1e300, -2e6, 0.5, -0])
}

/**
 * Mostly a few words; sometimes a paste that reaches one of Coboard's length limits with emoji
 * (two UTF-16 code units each) right where the cut falls.
 */
function text(random: Random): string {
  if (random.chance(0.05)) {
    const plain = Math.max(0, random.pick(LIMITS) + random.between(-30, 10))
    return 'w'.repeat(plain) + random.pick(['😀', '👩🏽‍⚕️', '𝄞', 'é']).repeat(random.between(1, 30))
  }
  const words = Array.from({ length: random.int(6) }, () =>
    random.chance(0.8) ? random.pick(WORDS) : random.pick(ODD),
  )
  return words.join(' ')
}

function editText(d: Draw): Op {
  const { random } = d
  const id = d.target(MEMBER_KINDS)
  const kind = d.kindOf(id)
  const fields = kind && kind !== 'alien' ? TEXT_FIELDS[kind] : []
  // Mostly one of the item's text fields, sometimes a field that holds no text at all.
  const field =
    fields.length > 0 && random.chance(0.95)
      ? random.pick(fields)
      : random.pick(['color', 'kind', 'x', '__proto__'])
  const remove = random.chance(0.5) ? 0 : random.int(12)
  return { type: 'editText', id, field, at: random.next(), remove, insert: d.text() }
}

const flag = (d: Draw, p: number) => d.random.chance(p)
const color = (d: Draw) =>
  d.random.chance(0.9) ? d.random.pick(NOTE_COLORS) : d.random.pick(['mauve', '', '<script>'])
const name = (d: Draw) => (d.random.chance(0.1) ? d.text() : d.random.pick(WORDS))
const stance = (d: Draw) => (d.random.chance(0.15) ? null : d.random.pick(STANCES))
const detail = (d: Draw) => d.random.pick(OUTCOME_DETAIL_FIELDS)
const members = (d: Draw) => Array.from({ length: d.random.int(5) }, () => d.target())
const delta = (d: Draw) =>
  d.random.chance(0.9) ? d.random.between(-300, 300) : d.random.pick([Number.NaN, 3e6, -3e6])
const cluster = (d: Draw) => (d.random.chance(0.2) ? null : d.target(['cluster']))
const budget = (d: Draw) => d.random.pick([0, 1, 3, 3, 5, 20, 25, 2.5])
const voteKinds = (d: Draw) =>
  d.random.chance(0.7) ? [] : KINDS.filter(() => d.random.chance(0.5))
const timerAction = (d: Draw) => d.random.pick(['start', 'pause', 'add', 'reset'] as const)
const timerMs = (d: Draw) => d.random.pick([60_000, -60_000, 1e12, Number.NaN])

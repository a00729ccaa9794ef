import * as Y from 'yjs'
import {
  acceptReframe,
  addNote,
  addOutcome,
  addStage,
  addTimerTime,
  advanceStage,
  castVote,
  createCluster,
  deleteItem,
  dissolveCluster,
  editText,
  getItemMap,
  goToStage,
  joinBoard,
  leaveHat,
  moveCluster,
  moveItem,
  passHat,
  pauseTimer,
  reframeNote,
  removeVote,
  renameCluster,
  resetTimer,
  revealStage,
  revealVote,
  setCluster,
  setKeepOutOfExport,
  setNoteColor,
  setOutcomeDetail,
  setStance,
  startTimer,
  startVote,
  summonEveryone,
  takeHat,
  updateTimer,
  type BoardSnapshot,
  type ItemId,
  type ItemKind,
  type NoteColor,
  type OutcomeDetailField,
  type ParticipantId,
  type RoleId,
  type Stance,
  type Timer,
  type VoteSession,
} from '@coboard/shared'
import { writeRaw, type HostileWrite, type Raw } from './hostile'

// Board operations as plain data: generated from a seed (generate.ts), printed one line each
// in the log, and replayed when a failing run is shrunk. All but `raw` call the shared verbs,
// as a client does; `raw` is a hostile client writing straight into the document (hostile.ts).

/** A person at one device. Two devices may be the same person. */
export interface Actor {
  readonly participantId: ParticipantId
  /** Changes when the person joins again on another side. */
  role: RoleId
  readonly name: string
}

type Place = { readonly x: number; readonly y: number }
type On = { readonly id: ItemId }

export type Op =
  | { readonly type: 'joinBoard'; readonly name: string; readonly role: RoleId }
  | ({ readonly type: 'addNote'; readonly text: string; readonly color: string } & On & Place)
  | ({
      readonly type: 'editText'
      readonly field: string
      /** Where the edit starts, as a fraction of the current text. */
      readonly at: number
      readonly remove: number
      readonly insert: string
    } & On)
  | ({ readonly type: 'moveItem' } & On & Place)
  | ({ readonly type: 'setNoteColor'; readonly color: string } & On)
  | ({ readonly type: 'deleteItem' } & On)
  | ({ readonly type: 'setKeepOutOfExport'; readonly keepOut: boolean } & On)
  | ({ readonly type: 'reframeNote' } & On)
  | ({ readonly type: 'acceptReframe'; readonly accepted: boolean } & On)
  | ({ readonly type: 'addOutcome'; readonly outcome: string; readonly measure: string } & On &
      Place)
  | ({ readonly type: 'setStance'; readonly stance: Stance | null; readonly note: string } & On)
  | ({
      readonly type: 'setOutcomeDetail'
      readonly field: OutcomeDetailField
      readonly value: string
    } & On)
  | ({
      readonly type: 'createCluster'
      readonly title: string
      readonly members: readonly ItemId[]
    } & On)
  | ({ readonly type: 'moveCluster'; readonly dx: number; readonly dy: number } & On)
  | ({ readonly type: 'setCluster'; readonly clusterId: ItemId | null } & On)
  | ({ readonly type: 'dissolveCluster' } & On)
  | ({ readonly type: 'renameCluster'; readonly title: string } & On)
  | { readonly type: 'startVote'; readonly budget: number; readonly kinds: readonly ItemKind[] }
  | ({ readonly type: 'castVote' } & On)
  | ({ readonly type: 'removeVote' } & On)
  | { readonly type: 'revealVote' }
  | { readonly type: 'addStage'; readonly title: string; readonly private: boolean }
  /** `index` picks a stage modulo the agenda's length when the step runs. */
  | { readonly type: 'goToStage'; readonly index: number }
  | { readonly type: 'advanceStage' }
  | { readonly type: 'revealStage'; readonly index: number }
  | { readonly type: 'takeHat' }
  | { readonly type: 'leaveHat' }
  | { readonly type: 'passHat'; readonly to: number }
  | {
      readonly type: 'timer'
      readonly action: 'start' | 'pause' | 'add' | 'reset'
      readonly ms: number
    }
  | ({ readonly type: 'summon'; readonly zoom: number } & Place)
  | ({ readonly type: 'raw' } & HostileWrite)

/** What an operation needs from the peer it runs on. */
export interface OpContext {
  readonly doc: Y.Doc
  readonly actor: Actor
  /** Everyone at the workshop, by client index − 1 (for passing the hat). */
  readonly actors: readonly Actor[]
  /** The peer's own read model, as the client would render it. */
  readonly board: () => BoardSnapshot
}

/** What an operation did, for the log and the registry of ids. */
export interface OpResult {
  readonly text: string
  readonly created?: readonly [ItemId, ItemKind | 'alien']
  readonly session?: VoteSession
}

/** Runs an operation on a peer's document; operations never throw, whatever the document holds. */
export function applyOp(op: Op, context: OpContext): OpResult {
  const { doc, actor } = context
  const who = { participantId: actor.participantId, role: actor.role }
  const author = { authorId: actor.participantId, role: actor.role }
  const done = (value: unknown): OpResult => ({ text: value === undefined ? 'ok' : String(value) })
  switch (op.type) {
    case 'joinBoard':
      joinBoard(doc, { id: actor.participantId, name: op.name, role: op.role })
      // The person changed sides: their later notes and stances carry the new role.
      actor.role = op.role
      return done(undefined)
    case 'addNote': {
      const { id, x, y, text, color } = op
      addNote(doc, { id, x, y, text, color: color as NoteColor, ...author })
      return { text: 'ok', created: [id, 'note'] }
    }
    case 'editText':
      return done(editText(doc, op.id, op.field, splice(currentText(doc, op.id, op.field), op)))
    case 'moveItem':
      return done(moveItem(doc, op.id, op.x, op.y))
    case 'setNoteColor':
      return done(setNoteColor(doc, op.id, op.color as NoteColor))
    case 'deleteItem':
      return done(deleteItem(doc, op.id))
    case 'setKeepOutOfExport':
      return done(setKeepOutOfExport(doc, op.id, op.keepOut))
    case 'reframeNote': {
      const id = reframeNote(doc, op.id, who)
      return id ? { text: id, created: [id, 'reframe'] } : done(null)
    }
    case 'acceptReframe':
      return done(acceptReframe(doc, op.id, who, op.accepted))
    case 'addOutcome': {
      const { id, x, y, outcome, measure } = op
      addOutcome(doc, { id, x, y, outcome, measure, ...author })
      return { text: 'ok', created: [id, 'outcome'] }
    }
    case 'setStance':
      return done(setStance(doc, op.id, who, op.stance, op.note))
    case 'setOutcomeDetail':
      return done(setOutcomeDetail(doc, op.id, op.field, op.value))
    case 'createCluster': {
      const { id, title, members } = op
      createCluster(doc, context.board(), { id, title, memberIds: members, ...author })
      return { text: 'ok', created: [id, 'cluster'] }
    }
    case 'moveCluster':
      return done(moveCluster(doc, context.board(), op.id, op.dx, op.dy))
    case 'setCluster':
      return done(setCluster(doc, op.id, op.clusterId))
    case 'dissolveCluster':
      return done(dissolveCluster(doc, op.id))
    case 'renameCluster':
      return done(renameCluster(doc, op.id, op.title))
    case 'startVote': {
      const session = startVote(doc, { budget: op.budget, kinds: op.kinds }, who)
      return session ? { text: session.id, session } : done(null)
    }
    case 'castVote':
      return done(castVote(doc, actor.participantId, op.id))
    case 'removeVote':
      return done(removeVote(doc, actor.participantId, op.id))
    case 'revealVote':
      return done(revealVote(doc, who))
    case 'addStage':
      return done(addStage(doc, { title: op.title, private: op.private, minutes: 5 }, who))
    case 'goToStage':
    case 'revealStage': {
      const { stages } = context.board()
      if (stages.length === 0) return done('no stages')
      const { id } = stages[op.index % stages.length]
      return done(op.type === 'goToStage' ? goToStage(doc, id, who) : revealStage(doc, id, who))
    }
    case 'advanceStage':
      return done(advanceStage(doc, who))
    case 'takeHat':
      return done(takeHat(doc, who))
    case 'leaveHat':
      return done(leaveHat(doc, who))
    case 'passHat': {
      const to = context.actors[op.to % context.actors.length]
      return done(passHat(doc, who, { participantId: to.participantId, role: to.role }))
    }
    case 'timer': {
      const change = {
        start: (timer: Timer, now: number) => startTimer(timer, now),
        pause: (timer: Timer, now: number) => pauseTimer(timer, now),
        add: (timer: Timer, now: number) => addTimerTime(timer, op.ms, now),
        reset: (timer: Timer) => resetTimer(timer, op.ms),
      }[op.action]
      return done(updateTimer(doc, change, who))
    }
    case 'summon':
      return done(summonEveryone(doc, { x: op.x, y: op.y, zoom: op.zoom }, who))
    case 'raw':
      return writeRaw(doc, op)
  }
}

/** One compact line for the operation log. */
export function describeOp(op: Op): string {
  const { type, ...args } = op
  return [type, ...Object.entries(args).map(([key, value]) => `${key}=${show(value)}`)].join(' ')
}

function show(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > 24
      ? `${JSON.stringify(value.slice(0, 12))}…(${value.length})`
      : JSON.stringify(value)
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value)
  if (Array.isArray(value)) return `[${value.map(show).join(',')}]`
  if (value === null || typeof value !== 'object') return String(value)
  const raw = value as Raw
  if (raw.t === 'value') return show(raw.v)
  if (raw.t === 'text') return `Y.Text(${show(raw.v)})`
  if (raw.t === 'bytes') return `bytes(${raw.n})`
  const entries = Object.entries(raw.t === 'map' ? raw.v : value)
  return `${raw.t === 'map' ? 'Y.Map' : ''}{${entries.map(([k, v]) => `${k}:${show(v)}`).join(',')}}`
}

function currentText(doc: Y.Doc, id: ItemId, field: string): string {
  const value = getItemMap(doc, id)?.get(field)
  if (value instanceof Y.Text) return value.toString()
  return typeof value === 'string' ? value : ''
}

/**
 * The text after the user's edit. Like a real text box, the edit never cuts an emoji in half:
 * any half emoji in the document must come from Coboard itself, not from the fuzzer.
 */
function splice(before: string, edit: { at: number; remove: number; insert: string }): string {
  const start = wholeCharacter(before, Math.floor(edit.at * before.length))
  const end = wholeCharacter(before, Math.min(before.length, start + edit.remove))
  return before.slice(0, start) + edit.insert + before.slice(end)
}

function wholeCharacter(text: string, index: number): number {
  const code = text.charCodeAt(index - 1)
  return index > 0 && code >= 0xd800 && code <= 0xdbff ? index - 1 : index
}

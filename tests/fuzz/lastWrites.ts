import {
  MAX_COORDINATE,
  MAX_NAME_LENGTH,
  cutText,
  NOTE_COLORS,
  type BoardSnapshot,
  type ItemId,
  type ParticipantId,
} from '@coboard/shared'
import type { Op } from './operations'

// A field that only one client ever wrote has no conflict to resolve: once every update has
// arrived it must hold that client's last write. Nothing may overwrite it, not even the
// server's repair.

/** A field with a single writer: an item's x, y or colour, or a participant's name or role. */
export type Field =
  | { readonly on: 'item'; readonly id: ItemId; readonly key: 'x' | 'y' | 'color' }
  | { readonly on: 'participant'; readonly id: ParticipantId; readonly key: 'name' | 'role' }

interface Write {
  readonly field: Field
  /** The client that wrote it, or null once a second writer (or an untracked write) took part. */
  writer: number | null
  value: unknown
}

/** What one operation on one client changed, for LastWrites to follow. */
export interface Written {
  readonly op: Op
  /** The client's index (1…N). */
  readonly writer: number
  readonly participantId: ParticipantId
  /** The operation's result as logged ('true', 'false', 'ok', an id…). */
  readonly result: string
  /** The client's board just before the operation. */
  readonly before: BoardSnapshot
  /** Whether the operation reused an id the run had made before. */
  readonly reused: boolean
}

/** The last write of each field, as long as only one client has written it. */
export class LastWrites {
  private readonly writes = new Map<string, Write>()

  /** `writer` set `field` to `value`. */
  record(field: Field, writer: number, value: unknown): void {
    const write = this.writes.get(keyOf(field))
    if (!write) this.writes.set(keyOf(field), { field, writer, value })
    else if (write.writer === writer) write.value = value
    else write.writer = null
  }

  /** Someone wrote the field in a way this class does not follow: expect nothing of it. */
  forget(field: Field): void {
    const write = this.writes.get(keyOf(field))
    if (write) write.writer = null
    else this.writes.set(keyOf(field), { field, writer: null, value: undefined })
  }

  forgetItem(id: ItemId): void {
    for (const key of ['x', 'y', 'color'] as const) this.forget({ on: 'item', id, key })
  }

  /** A participant's join: the name and side they chose, as joinBoard stores them. */
  recordJoin(writer: number, id: ParticipantId, name: string, role: string): void {
    this.record(
      { on: 'participant', id, key: 'name' },
      writer,
      cutText(name.trim(), MAX_NAME_LENGTH),
    )
    this.record({ on: 'participant', id, key: 'role' }, writer, cutText(role, MAX_NAME_LENGTH))
  }

  /** Follows the fields an operation wrote, and forgets those it wrote in ways not followed. */
  recordOp({ op, writer, participantId, result, before, reused }: Written): void {
    const item = (id: ItemId, key: 'x' | 'y' | 'color', value: unknown) =>
      this.record({ on: 'item', id, key }, writer, value)
    // A group's frame is refitted around its members by whoever moves, adds or removes one,
    // from their own view of the members: nothing to follow.
    const forgetGroupOf = (id: ItemId) => {
      const member = before.items.get(id)
      if (member && 'clusterId' in member && member.clusterId) this.forgetItem(member.clusterId)
    }
    switch (op.type) {
      case 'joinBoard':
        this.recordJoin(writer, participantId, op.name, op.role)
        break
      case 'addNote':
      case 'addOutcome':
        // The same id made twice: two maps race for one key, nothing to follow.
        if (reused) this.forgetItem(op.id)
        else {
          item(op.id, 'x', clampCoordinate(op.x))
          item(op.id, 'y', clampCoordinate(op.y))
          if (op.type === 'addNote') {
            item(op.id, 'color', NOTE_COLORS.includes(op.color as never) ? op.color : 'yellow')
          }
        }
        break
      case 'moveItem':
        if (result !== 'true') break
        item(op.id, 'x', Math.round(clampCoordinate(op.x)))
        item(op.id, 'y', Math.round(clampCoordinate(op.y)))
        forgetGroupOf(op.id)
        break
      case 'setCluster':
        forgetGroupOf(op.id)
        if (op.clusterId) this.forgetItem(op.clusterId)
        break
      case 'deleteItem':
        forgetGroupOf(op.id)
        break
      case 'revealStage': {
        // Cards that would cover another move to a free place, found from this client's view.
        const stageId = before.stages[op.index]?.id
        for (const card of before.items.values()) {
          if (stageId !== undefined && card.stageId === stageId) this.forgetItem(card.id)
        }
        break
      }
      case 'setNoteColor':
        if (result === 'true') item(op.id, 'color', op.color)
        break
      case 'moveCluster':
      case 'createCluster':
        // Positions computed from this client's view of the cluster's members; grouping pulls
        // the members it is given together, and refits the frames they leave.
        this.forgetItem(op.id)
        for (const member of before.items.values()) {
          if ('clusterId' in member && member.clusterId === op.id) this.forgetItem(member.id)
        }
        if (op.type === 'createCluster') {
          for (const id of op.members) {
            this.forgetItem(id)
            forgetGroupOf(id)
          }
        }
        break
      case 'raw':
        if (op.target === 'participants' || op.target === 'participant') {
          for (const key of ['name', 'role'] as const) {
            this.forget({ on: 'participant', id: op.key as ParticipantId, key })
          }
        } else if (op.target === 'items' || op.target === 'item' || op.target === 'text') {
          this.forgetItem(op.key as ItemId)
        }
        break
    }
  }

  /** Fields whose value on `board` is not their single writer's last write. */
  lost(board: BoardSnapshot): { field: Field; expected: unknown; actual: unknown }[] {
    const lost = []
    for (const { field, writer, value } of this.writes.values()) {
      if (writer === null) continue
      const holder =
        field.on === 'item' ? board.items.get(field.id) : board.participants.get(field.id)
      // A deleted item, or a colour on an item without one, holds nothing to compare.
      if (!holder || !(field.key in holder)) continue
      const actual = (holder as unknown as Record<string, unknown>)[field.key]
      if (actual !== value) lost.push({ field, expected: value, actual })
    }
    return lost
  }
}

/** Where a verb puts a coordinate, by shared/'s contract: finite and clamped, or 0. */
function clampCoordinate(value: number): number {
  return Number.isFinite(value) ? Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, value)) : 0
}

const keyOf = (field: Field) => `${field.on}|${field.id}|${field.key}`

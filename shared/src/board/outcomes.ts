import * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { voicesOnRoster, type Roster } from './voices'
import { newItemId } from './ids'
import { editText, getItemMap } from './operations'
import { MAX_DETAIL_LENGTH } from './kinds/outcome'
import { readCoordinate, readId, cutText } from './sanitize'
import { placeOnTop } from './stacking'
import {
  MAX_TEXT_LENGTH,
  OUTCOME_DETAIL_FIELDS,
  type Agreement,
  type BoardSnapshot,
  type ItemId,
  type Outcome,
  type OutcomeDetailField,
  type ParticipantId,
  type RoleId,
  type Stance,
  type StageId,
} from './schema'

export { MAX_DETAIL_LENGTH }

export interface NewOutcome {
  readonly x: number
  readonly y: number
  readonly outcome?: string
  readonly measure?: string
  readonly details?: Partial<Record<OutcomeDetailField, string>>
  readonly authorId: ParticipantId
  readonly role: RoleId
  readonly stageId?: StageId | null
  readonly id?: ItemId
}

/** Adds a row to the evaluation framework and returns its id. */
export function addOutcome(doc: Y.Doc, outcome: NewOutcome, origin?: unknown): ItemId {
  const id = outcome.id ?? newItemId()
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    getBoardRoots(doc).items.set(id, map)
    map.set('kind', 'outcome')
    map.set('x', readCoordinate(outcome.x))
    map.set('y', readCoordinate(outcome.y))
    map.set('authorId', outcome.authorId)
    map.set('role', outcome.role)
    map.set(
      'stageId',
      outcome.stageId !== undefined
        ? outcome.stageId
        : readId(getBoardRoots(doc).meta.get('currentStageId')),
    )
    map.set('createdAt', Date.now())
    placeOnTop(doc, map)
    map.set('outcome', new Y.Text(cutText(outcome.outcome ?? '', MAX_TEXT_LENGTH)))
    map.set('measure', new Y.Text(cutText(outcome.measure ?? '', MAX_TEXT_LENGTH)))
    for (const field of OUTCOME_DETAIL_FIELDS) {
      map.set(field, new Y.Text(cutText(outcome.details?.[field] ?? '', MAX_DETAIL_LENGTH)))
    }
    map.set('agreement', new Y.Map<unknown>())
  }, origin)
  return id
}

/** Sets one of an outcome's short detail fields (baseline, target, data source, timeframe, owner). */
export function setOutcomeDetail(
  doc: Y.Doc,
  outcomeId: ItemId,
  field: OutcomeDetailField,
  value: string,
  origin?: unknown,
): boolean {
  const map = getItemMap(doc, outcomeId)
  if (!map || map.get('kind') !== 'outcome') return false
  return editText(doc, outcomeId, field, cutText(value, MAX_DETAIL_LENGTH), origin)
}

/** Records where a participant stands on an outcome; `null` withdraws their stance. */
export function setStance(
  doc: Y.Doc,
  outcomeId: ItemId,
  who: { readonly participantId: ParticipantId; readonly role: RoleId },
  stance: Stance | null,
  note = '',
  origin?: unknown,
): boolean {
  const map = getItemMap(doc, outcomeId)
  if (!map || map.get('kind') !== 'outcome') return false
  doc.transact(() => {
    let agreement = map.get('agreement')
    if (!(agreement instanceof Y.Map)) {
      agreement = new Y.Map<unknown>()
      map.set('agreement', agreement)
    }
    const target = agreement as Y.Map<unknown>
    if (stance === null) target.delete(who.participantId)
    else {
      const value: Agreement = {
        stance,
        role: who.role,
        note: cutText(note, MAX_DETAIL_LENGTH),
        at: Date.now(),
      }
      target.set(who.participantId, value)
    }
  }, origin)
  return true
}

/** Where one side stands on an outcome. */
export type RoleAgreementStatus = 'agreed' | 'concerns' | 'objected' | 'waiting'

export interface RoleAgreement {
  readonly role: RoleId
  readonly status: RoleAgreementStatus
  readonly agree: number
  readonly concerns: number
  readonly object: number
}

/** Roles that have at least one participant on the board, in the board's role order. */
export function rolesPresent(board: BoardSnapshot): RoleId[] {
  const present = new Set([...board.participants.values()].map((p) => p.role))
  const known = board.meta.roles.map((role) => role.id)
  const others = [...present].filter((id) => !known.includes(id)).sort()
  return [...known.filter((id) => present.has(id)), ...others]
}

/**
 * Each present role's position on an outcome, counting only people on the roster, by the side
 * the roster gives them. A role has objected if any of its people object;
 * it has agreed if someone agrees and nobody objects (concerns are shown, not blocking).
 */
export function agreementByRole(
  outcome: Outcome,
  roles: readonly RoleId[],
  roster: Roster,
): RoleAgreement[] {
  const voices = voicesOnRoster(outcome.agreement, roster)
  return roles.map((role) => {
    const stances = voices.filter((v) => v.role === role).map((v) => v.value)
    const count = (stance: Stance) => stances.filter((a) => a.stance === stance).length
    const agree = count('agree')
    const concerns = count('concerns')
    const object = count('object')
    const status: RoleAgreementStatus =
      object > 0 ? 'objected' : agree > 0 ? 'agreed' : concerns > 0 ? 'concerns' : 'waiting'
    return { role, status, agree, concerns, object }
  })
}

/**
 * Agreed by all: every role with participants on the board agrees, and nobody on the roster
 * objects.
 * Agreement is per side, never by majority, so a side cannot be outvoted.
 */
export function isAgreedByAll(outcome: Outcome, roles: readonly RoleId[], roster: Roster): boolean {
  if (roles.length === 0) return false
  const nobodyObjects = voicesOnRoster(outcome.agreement, roster).every(
    (v) => v.value.stance !== 'object',
  )
  return (
    nobodyObjects && agreementByRole(outcome, roles, roster).every((r) => r.status === 'agreed')
  )
}

/** The outcomes of a board in the order they were written. */
export function listOutcomes(board: BoardSnapshot): Outcome[] {
  return [...board.items.values()]
    .filter((item): item is Outcome => item.kind === 'outcome')
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
}

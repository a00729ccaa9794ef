import { z } from 'zod'
import { MAX_DETAIL_LENGTH } from '../kinds/outcome'
import { CLUSTER_MAX_SIZE, CLUSTER_MIN_SIZE } from '../kinds/cluster'
import { MAX_VOTE_BUDGET } from '../voting'
import {
  MAX_COORDINATE,
  MAX_NAME_LENGTH,
  MAX_PURPOSE_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  NOTE_COLORS,
  STANCES,
} from '../schema'
import { EXPORT_FORMAT } from './format'
import { CONSENTS } from '../consent'
import { REPORT_NAMES } from '../reportNames'
import { MAX_STACK_INDEX_LENGTH } from '../stacking'

// What an import accepts. The same limits as the live document, so an imported board is one
// the app could have made itself; fields marked derived in format.ts may be missing.

/** The most of each thing one import may bring, so a hostile file cannot make a board nobody can open. */
export const IMPORT_LIMITS = {
  items: 10_000,
  participants: 1_000,
  stages: 50,
  roles: 12,
  rawVotes: 100_000,
  facilitationLog: 1_000,
} as const

const id = z.string().min(1, 'must not be empty').max(64, 'is longer than 64 characters')
/** Vote keys are `session|participant|slot`, so ids inside them must not hold a `|`. */
const voteId = id.regex(/^[^|]*$/, 'must not contain "|"')
const time = z.iso.datetime({
  message: 'must be an ISO 8601 UTC time such as 2026-11-28T09:00:00.000Z',
})
const role = z.string().max(MAX_NAME_LENGTH)
const coordinate = z.number().min(-MAX_COORDINATE).max(MAX_COORDINATE)
const text = (max: number) => z.string().max(max, `is longer than ${max} characters`)
const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, `holds more than ${max.toLocaleString('en')} ${what}`)

const itemBase = {
  id,
  x: coordinate,
  y: coordinate,
  role,
  authorId: z.string().max(64),
  stageId: id.nullable(),
  createdAt: time,
  // Bounded here; whether it is a well-formed key is the importer's check (a bad one is dropped).
  stackIndex: z.string().max(MAX_STACK_INDEX_LENGTH).optional(),
}

const NoteSchema = z.object({
  ...itemBase,
  kind: z.literal('note'),
  text: text(MAX_TEXT_LENGTH),
  color: z.enum(NOTE_COLORS),
  clusterId: id.nullable(),
  consent: z.enum(CONSENTS).optional(),
  /** Files from before consent: true reads as consent `room-only`. */
  keepOutOfExport: z.boolean().default(false),
  /** The group said the note is not blame: no "they" framing chip. */
  theyFramingDismissed: z.boolean().optional(),
})

const ReframeSchema = z.object({
  ...itemBase,
  kind: z.literal('reframe'),
  they: text(MAX_TEXT_LENGTH),
  we: text(MAX_TEXT_LENGTH),
  theyRole: role,
  sourceNoteId: id.nullable(),
  clusterId: id.nullable(),
  consent: z.enum(CONSENTS).optional(),
  acceptedBy: list(
    z.object({ participantId: id, role }),
    IMPORT_LIMITS.participants,
    'acceptances',
  ),
})

const detail = text(MAX_DETAIL_LENGTH)

const OutcomeSchema = z.object({
  ...itemBase,
  kind: z.literal('outcome'),
  outcome: text(MAX_TEXT_LENGTH),
  measure: text(MAX_TEXT_LENGTH),
  baseline: detail,
  target: detail,
  dataSource: detail,
  timeframe: detail,
  owner: detail,
  agreement: list(
    z.object({ participantId: id, stance: z.enum(STANCES), role, note: detail, at: time }),
    IMPORT_LIMITS.participants,
    'stances',
  ),
})

const ClusterSchema = z.object({
  ...itemBase,
  kind: z.literal('cluster'),
  title: text(MAX_TITLE_LENGTH),
  width: z.number().min(CLUSTER_MIN_SIZE).max(CLUSTER_MAX_SIZE),
  height: z.number().min(CLUSTER_MIN_SIZE).max(CLUSTER_MAX_SIZE),
})

const ItemSchema = z.discriminatedUnion('kind', [
  NoteSchema,
  ReframeSchema,
  OutcomeSchema,
  ClusterSchema,
])

const StageSchema = z.object({
  id,
  title: text(MAX_TITLE_LENGTH),
  prompt: text(MAX_TEXT_LENGTH),
  minutes: z.number().int().min(1).max(240).nullable(),
  private: z.boolean(),
  revealed: z.boolean(),
})

const FacilitationEventSchema = z.object({
  participantId: id,
  role,
  action: z.enum(['took-hat', 'passed-hat', 'left-hat', 'advanced-stage']),
  stageId: id.nullable(),
  at: time,
  toParticipantId: id.optional(),
})

/** The shape of a board export file as an import reads it. */
export const BoardExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.number().int().min(1),
    schemaVersion: z.number().int().min(1),
    exportedAt: time,
    // What the file says of itself; an import takes the board as the file holds it.
    fullBackup: z.boolean().default(false),
    names: z.enum(REPORT_NAMES).optional(),
    board: z.object({
      id: z.string().max(64),
      title: text(MAX_TITLE_LENGTH),
      purpose: text(MAX_PURPOSE_LENGTH),
      createdAt: time,
      roles: list(
        z.object({
          id: id.max(MAX_NAME_LENGTH),
          label: text(MAX_NAME_LENGTH),
          description: text(MAX_PURPOSE_LENGTH),
        }),
        IMPORT_LIMITS.roles,
        'roles',
      ).min(1, 'needs at least one role'),
      reportNames: z.enum(REPORT_NAMES).default('roles'),
      currentStageId: id.nullable().default(null),
    }),
    participants: list(
      z.object({ id, name: text(MAX_NAME_LENGTH), role, joinedAt: time }),
      IMPORT_LIMITS.participants,
      'participants',
    ),
    items: list(ItemSchema, IMPORT_LIMITS.items, 'items'),
    stages: list(StageSchema, IMPORT_LIMITS.stages, 'stages'),
    voteSession: z
      .object({
        id: voteId,
        budget: z.number().int().min(1).max(MAX_VOTE_BUDGET),
        status: z.enum(['open', 'revealed']),
        kinds: z
          .array(z.enum(['note', 'reframe', 'outcome', 'cluster']))
          .min(1)
          .max(4),
        startedAt: time,
        stageId: id.nullable(),
      })
      .nullable()
      .default(null),
    rawVotes: list(
      z.object({
        sessionId: voteId,
        participantId: voteId,
        slot: z
          .number()
          .int()
          .min(0)
          .max(MAX_VOTE_BUDGET - 1),
        itemId: id,
      }),
      IMPORT_LIMITS.rawVotes,
      'dots',
    ).default([]),
    facilitators: list(id, IMPORT_LIMITS.participants, 'facilitators').default([]),
    facilitationLog: list(
      FacilitationEventSchema,
      IMPORT_LIMITS.facilitationLog,
      'log entries',
    ).default([]),
  })
  .superRefine((file, ctx) => {
    const unique = (ids: readonly string[], path: string, what: string) => {
      const seen = new Set<string>()
      ids.forEach((value, index) => {
        if (seen.has(value)) {
          ctx.addIssue({
            code: 'custom',
            path: [path, index, 'id'],
            message: `repeats the ${what} id "${value}"`,
          })
        }
        seen.add(value)
      })
    }
    unique(
      file.items.map((item) => item.id),
      'items',
      'item',
    )
    unique(
      file.participants.map((p) => p.id),
      'participants',
      'participant',
    )
    unique(
      file.stages.map((stage) => stage.id),
      'stages',
      'stage',
    )
    const stageIds = new Set(file.stages.map((stage) => stage.id))
    const current = file.board.currentStageId
    if (current !== null && !stageIds.has(current)) {
      ctx.addIssue({
        code: 'custom',
        path: ['board', 'currentStageId'],
        message: `names the stage "${current}", which is not in the agenda`,
      })
    }
  })

/** A board export that passed validation, with defaults filled in. */
export type ParsedBoardExport = z.output<typeof BoardExportSchema>

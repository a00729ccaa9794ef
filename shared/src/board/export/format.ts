import type { RoleAgreementStatus } from '../outcomes'
import type {
  Consent,
  FacilitationEvent,
  ItemKind,
  NoteColor,
  ReportNames,
  RoleDefinition,
  RoleId,
  Stance,
} from '../schema'

// The board export file (`coboard-board`): what exportBoardJson writes and parseBoardExport
// reads. Times are ISO 8601 UTC strings, Maps are arrays sorted by id, and fields marked
// "derived" are there for people and other tools: an import recomputes them from the rest.

/** Version of the export file format; bumped when a field changes meaning. */
export const EXPORT_FORMAT_VERSION = 1

/** The `format` tag that marks a file as a Coboard board. */
export const EXPORT_FORMAT = 'coboard-board'

interface ExportedItemBase {
  readonly id: string
  readonly x: number
  readonly y: number
  /** The author's role when they made the item. */
  readonly role: RoleId
  /** Empty where the file may not link the card to its author (see `names`). */
  readonly authorId: string
  readonly stageId: string | null
  readonly createdAt: string
  /** Place in the stacking order (stacking.ts), higher on top; absent where the item has none. */
  readonly stackIndex?: string
}

/**
 * A sticky note. Notes kept in the room never appear, so `consent` is one of the report
 * levels; files from before consent may carry `keepOutOfExport: true` instead of `room-only`.
 */
export interface ExportedNote extends ExportedItemBase {
  readonly kind: 'note'
  readonly text: string
  readonly color: NoteColor
  readonly clusterId: string | null
  /** How the note may leave the room, held to what it quotes (see consent.ts). */
  readonly consent: Consent
  /** Present, and true, when the group said the note is not blame (no "they" framing chip). */
  readonly theyFramingDismissed?: true
}

/** A "they → we" card with who accepted it for which side. */
export interface ExportedReframe extends ExportedItemBase {
  readonly kind: 'reframe'
  readonly they: string
  readonly we: string
  readonly theyRole: RoleId
  readonly sourceNoteId: string | null
  readonly clusterId: string | null
  /** As for a note, already held to its source note's. */
  readonly consent: Consent
  readonly acceptedBy: readonly { readonly participantId: string; readonly role: RoleId }[]
}

/** One participant's stance on an outcome. */
export interface ExportedAgreement {
  readonly participantId: string
  readonly stance: Stance
  readonly role: RoleId
  readonly note: string
  readonly at: string
}

/** A row of the evaluation framework with every stance. */
export interface ExportedOutcome extends ExportedItemBase {
  readonly kind: 'outcome'
  readonly outcome: string
  readonly measure: string
  readonly baseline: string
  readonly target: string
  readonly dataSource: string
  readonly timeframe: string
  readonly owner: string
  readonly agreement: readonly ExportedAgreement[]
  /** Derived: each present role's position. */
  readonly agreementByRole: readonly {
    readonly role: RoleId
    readonly status: RoleAgreementStatus
    readonly agree: number
    readonly concerns: number
    readonly object: number
  }[]
  /** Derived: whether every present role agrees and nobody objects. */
  readonly agreedByAll: boolean
}

/** A named frame around notes. */
export interface ExportedCluster extends ExportedItemBase {
  readonly kind: 'cluster'
  readonly title: string
  readonly width: number
  readonly height: number
}

/** Any item of the export. */
export type ExportedItem = ExportedNote | ExportedReframe | ExportedOutcome | ExportedCluster

/**
 * The JSON board file (`GET /api/boards/:id/export.json`): everything an import needs to make the
 * board again, except what never leaves the room and, unless it is a full backup, the names the
 * board's naming setting keeps out.
 */
export interface BoardExport {
  readonly format: typeof EXPORT_FORMAT
  readonly formatVersion: number
  readonly schemaVersion: number
  readonly exportedAt: string
  /**
   * Whether this is a full backup (asked for with the participant link), which keeps every name
   * whatever the naming setting and each card's consent; false for the usual file.
   */
  readonly fullBackup: boolean
  /**
   * How the file names people: `names` keeps participants' names but links a card to its author
   * only where they asked to be named; `roles` and `anonymous` blank every name. Derived.
   */
  readonly names: ReportNames
  /** Derived: how many cards were kept in the room and are not in the file. */
  readonly withheld: number
  /** Derived: what the file holds and leaves out, in words, for a person who opens it. */
  readonly notice: string
  readonly board: {
    readonly id: string
    readonly title: string
    readonly purpose: string
    readonly createdAt: string
    readonly roles: readonly RoleDefinition[]
    readonly reportNames: ReportNames
    readonly currentStageId: string | null
  }
  /** Everyone on the roster, by joining time; `name` is empty unless `names` is `names`. */
  readonly participants: readonly {
    readonly id: string
    readonly name: string
    readonly role: RoleId
    readonly joinedAt: string
  }[]
  /** Every item, by creation time then id. */
  readonly items: readonly ExportedItem[]
  /** The agenda in order; `current` is derived from `board.currentStageId`. */
  readonly stages: readonly {
    readonly id: string
    readonly title: string
    readonly prompt: string
    readonly minutes: number | null
    readonly private: boolean
    readonly revealed: boolean
    readonly current: boolean
  }[]
  readonly voteSession: {
    readonly id: string
    readonly budget: number
    readonly status: 'open' | 'revealed'
    readonly kinds: readonly ItemKind[]
    readonly startedAt: string
    readonly stageId: string | null
  } | null
  /** Derived: the valid dots of the current vote per item, most first. */
  readonly votes: readonly {
    readonly itemId: string
    readonly total: number
    readonly byRole: Readonly<Record<RoleId, number>>
  }[]
  /** Every dot ever cast, in all sessions, so an import restores the board exactly. */
  readonly rawVotes: readonly {
    readonly sessionId: string
    readonly participantId: string
    readonly slot: number
    readonly itemId: string
  }[]
  /** Derived: each cluster with the ids of its notes and reframes. */
  readonly clusters: readonly {
    readonly id: string
    readonly title: string
    readonly memberIds: readonly string[]
  }[]
  /** Who wears the facilitator hat now. */
  readonly facilitators: readonly string[]
  readonly facilitationLog: readonly (Omit<FacilitationEvent, 'at'> & { readonly at: string })[]
  /** Derived: the voice balance by role (see balance.ts); shares are rounded to 4 places. */
  readonly participation: {
    readonly score: number
    readonly underHeard: RoleId | null
    readonly totalContributions: number
    readonly roles: readonly {
      readonly role: RoleId
      readonly participants: number
      readonly notes: number
      readonly reframes: number
      readonly words: number
      readonly agreements: number
      readonly votes: number
      readonly contributions: number
      readonly participantShare: number
      readonly contributionShare: number
      readonly wordShare: number
      /** Null when the role has no participants but did contribute (an infinite ratio). */
      readonly ratio: number | null
    }[]
  }
}

import type { RoleAgreementStatus } from '../outcomes'
import type { ItemKind, ReportNames, RoleId, Stance } from '../schema'

// The content of a workshop report as plain text, the contract between report.ts, which works
// it out, and markdown.ts and html.ts, which only lay it out. Nothing here is escaped yet.

/** What a report shows and when it was made. */
export interface ReportOptions {
  /** Whether contributions carry names and roles, roles only, or nothing. */
  readonly names: ReportNames
  readonly now: Date
}

/** A side of the room as a report column. */
export interface ReportRole {
  readonly role: RoleId
  readonly label: string
  /** Dark enough for white text. */
  readonly color: string
}

/** One row of the evaluation framework. */
export interface FrameworkRow {
  readonly number: number
  readonly outcome: string
  readonly measure: string
  readonly baseline: string
  readonly target: string
  readonly dataSource: string
  readonly timeframe: string
  readonly owner: string
  readonly agreedByAll: boolean
  readonly byRole: readonly { readonly label: string; readonly status: RoleAgreementStatus }[]
}

/**
 * An outcome not yet agreed by all, with what stands in the way, or one agreed by all with
 * concerns said alongside.
 */
export interface OpenQuestion {
  readonly number: number
  readonly outcome: string
  readonly agreedByAll: boolean
  readonly pending: readonly { readonly label: string; readonly status: RoleAgreementStatus }[]
  readonly remarks: readonly {
    readonly stance: Stance
    readonly text: string
    readonly credit: string | null
  }[]
}

/** A contribution as a report lists it. */
export interface ReportNote {
  readonly text: string
  readonly credit: string | null
  /** The colour of the author's side; null when anonymous. */
  readonly color: string | null
}

/** One stage of the agenda with its notes, grouped by cluster (a null title: not clustered). */
export interface ReportStage {
  /** Position in the agenda, or null for notes made outside it. */
  readonly number: number | null
  readonly title: string
  readonly prompt: string
  readonly minutes: number | null
  readonly groups: readonly {
    readonly title: string | null
    readonly notes: readonly ReportNote[]
  }[]
  /** Reframes and outcomes made in this stage, which the report lists in their own sections. */
  readonly reframes: number
  readonly outcomes: number
}

/** A reframe: what was said about "them", and what "we" could do. */
export interface ReportReframe {
  readonly they: string
  readonly we: string
  /** The side that said the original statement; null when anonymous. */
  readonly saidBy: string | null
  readonly acceptedBy: readonly string[]
  readonly notYet: readonly string[]
}

/** The dot vote. Results are listed only once revealed, as in the room. */
export interface ReportVote {
  readonly status: 'open' | 'revealed'
  readonly budget: number
  readonly dots: number
  readonly voters: number
  readonly rows: readonly {
    readonly rank: number
    readonly kind: ItemKind
    readonly text: string
    readonly total: number
    /** Dots per side, in the order of `Report.roles`. */
    readonly byRole: readonly number[]
  }[]
  readonly shared: readonly string[]
}

/** Who wore the facilitator hat: the log, or only counts by side when the report is anonymous. */
export type ReportFacilitation =
  | {
      readonly kind: 'log'
      readonly events: readonly {
        readonly time: string
        readonly stage: string
        readonly who: string
        readonly action: string
      }[]
      readonly current: readonly string[]
    }
  | {
      readonly kind: 'summary'
      readonly byRole: readonly {
        readonly label: string
        readonly hatTaken: number
        readonly stagesAdvanced: number
      }[]
      readonly current: number
    }

/** Everything a workshop report says, as plain text. */
export interface Report {
  readonly title: string
  readonly purpose: string
  readonly startedDate: string
  readonly preparedDate: string
  readonly names: ReportNames
  /** Cards their authors (or a facilitator) kept in the room, left out of the report. */
  readonly withheld: number
  /** The sides present, in the board's order: columns of the vote and agreement tables. */
  readonly roles: readonly ReportRole[]
  readonly people: readonly (ReportRole & {
    readonly count: number
    readonly names: readonly string[] | null
  })[]
  readonly counts: {
    readonly people: number
    readonly notes: number
    readonly reframes: number
  }
  readonly framework: readonly FrameworkRow[]
  readonly openQuestions: readonly OpenQuestion[]
  readonly vote: ReportVote | null
  readonly stages: readonly ReportStage[]
  readonly reframes: readonly ReportReframe[]
  readonly balance: {
    readonly score: number
    readonly underHeard: string | null
    readonly rows: readonly (ReportRole & {
      readonly people: number
      readonly contributions: number
      readonly participantShare: number
      readonly contributionShare: number
      readonly wordShare: number
    })[]
  }
  readonly facilitation: ReportFacilitation
}

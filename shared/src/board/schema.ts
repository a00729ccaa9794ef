// The board's domain types: plain, readonly snapshots of what the shared Yjs document holds.
// The document layout itself (which Yjs type sits under which key) is written down in
// docs/schema.md and touched only through roots.ts, read.ts and the operation modules.

/** Version of the document layout; the server migrates older documents on load. */
export const BOARD_SCHEMA_VERSION = 1

export type BoardId = string & { readonly __brand: 'BoardId' }
export type ItemId = string & { readonly __brand: 'ItemId' }
export type ParticipantId = string & { readonly __brand: 'ParticipantId' }
export type StageId = string & { readonly __brand: 'StageId' }

/** A side of the co-production: who the participant is in relation to the service. */
export type RoleId = string

export interface RoleDefinition {
  /** Stable key stored on notes and participants. */
  readonly id: RoleId
  /** What the room sees. */
  readonly label: string
  /** One sentence that helps a participant pick their side. */
  readonly description: string
}

/** The sides a new board offers; a board keeps its own copy so later changes never relabel old work. */
export const DEFAULT_ROLES: readonly RoleDefinition[] = [
  {
    id: 'lived-experience',
    label: 'Lived experience',
    description: 'I use the service: patient, citizen or carer.',
  },
  {
    id: 'provider',
    label: 'Provider',
    description: 'I provide the service: clinician, practitioner or staff.',
  },
  {
    id: 'commissioner',
    label: 'Commissioner',
    description: 'I plan or fund the service.',
  },
  { id: 'other', label: 'Other', description: 'I am here in another capacity.' },
]

/** Sticky-note colours; the role is shown separately, so colour is free for the group to use. */
export const NOTE_COLORS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const
export type NoteColor = (typeof NOTE_COLORS)[number]

/** Longest text a note (or any text field of an item) may hold, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 2000
/** Longest board title. */
export const MAX_TITLE_LENGTH = 120
/** Longest board purpose. */
export const MAX_PURPOSE_LENGTH = 500
/** Longest display name. */
export const MAX_NAME_LENGTH = 60
/** Coordinates are clamped into ±this, so a hostile NaN or 1e300 cannot push a note out of reach. */
export const MAX_COORDINATE = 1_000_000

/** Size every note is drawn at, in board units; exports and fit-to-content rely on it. */
export const NOTE_WIDTH = 220
export const NOTE_HEIGHT = 160
/** Size of a "they → we" card, in board units. */
export const REFRAME_WIDTH = 300
export const REFRAME_HEIGHT = 240
/** Size of an outcome card, in board units. */
export const OUTCOME_WIDTH = 320
export const OUTCOME_HEIGHT = 260

export interface BoardMeta {
  readonly schemaVersion: number
  readonly title: string
  readonly purpose: string
  /** Milliseconds since the epoch. */
  readonly createdAt: number
  readonly roles: readonly RoleDefinition[]
  readonly currentStageId: StageId | null
  readonly timer: Timer
  readonly vote: VoteSession | null
  readonly summon: Summon | null
  /** What the projector frames when nothing is spotlighted or summoned (projector.ts). */
  readonly projectorView: ProjectorView
  /** The card or group the projector shows alone, or null. */
  readonly spotlight: Spotlight | null
  /** Default naming in reports: roles only unless the board opts in. */
  readonly reportNames: ReportNames
}

export interface Participant {
  readonly id: ParticipantId
  /** Display name; optional to show, never needed to take part. */
  readonly name: string
  readonly role: RoleId
  readonly joinedAt: number
}

/**
 * How a card may leave the room, the author's choice (see consent.ts): shown on the board only,
 * in reports without the author's name (the default), or in reports with it.
 */
export type Consent = 'room-only' | 'report-anonymous' | 'report-named'

interface ItemBase {
  readonly id: ItemId
  /** The stage the item was made in, or null for a board without stages. */
  readonly stageId: StageId | null
  /** Board coordinates of the top-left corner. */
  readonly x: number
  readonly y: number
  readonly authorId: ParticipantId
  /** The author's role when they wrote it: a later change of side does not rewrite history. */
  readonly role: RoleId
  readonly createdAt: number
  /**
   * Where the item sits in the stacking order: a fractional index (stacking.ts), higher on top.
   * Null when missing or malformed (boards from before it): readers then order by createdAt, id.
   */
  readonly stackIndex: string | null
}

export interface Note extends ItemBase {
  readonly kind: 'note'
  readonly text: string
  readonly color: NoteColor
  /** The cluster this note belongs to; it moves with the cluster. */
  readonly clusterId: ItemId | null
  /**
   * How the note may leave the room, as its author chose (a facilitator may make it stricter).
   * Boards from before consent stored `keepOutOfExport: true`, which reads as 'room-only'.
   */
  readonly consent: Consent
  /**
   * True once anyone has said the "they" framing chip was wrong for this note: the chip stays
   * hidden for everyone, whatever the detector says. Unset reads as false.
   */
  readonly theyFramingDismissed: boolean
}

/** A "they → we" card: a statement about another party and what the group rewrites it into. */
export interface Reframe extends ItemBase {
  readonly kind: 'reframe'
  /** The original statement, as said. */
  readonly they: string
  /** The rewrite as something "we" could do together. */
  readonly we: string
  /** The note it came from, when it came from one (the note may since have been deleted). */
  readonly sourceNoteId: ItemId | null
  /** The role of whoever said the original statement. */
  readonly theyRole: RoleId
  /** Participant id → the role they accepted the reframe as. Acceptance is per side, not by majority. */
  readonly acceptedBy: ReadonlyMap<ParticipantId, RoleId>
  readonly clusterId: ItemId | null
  /** How the card may leave the room; an export holds it to its source note's too. */
  readonly consent: Consent
}

/** How a participant stands on an outcome of the evaluation framework. */
export type Stance = 'agree' | 'concerns' | 'object'
export const STANCES: readonly Stance[] = ['agree', 'concerns', 'object']

export interface Agreement {
  readonly stance: Stance
  /** The participant's role when they said it. */
  readonly role: RoleId
  /** A short note, mostly for concerns and objections. */
  readonly note: string
  readonly at: number
}

/** Optional plain-string fields of an outcome, edited last-writer-wins. */
export const OUTCOME_DETAIL_FIELDS = [
  'baseline',
  'target',
  'dataSource',
  'timeframe',
  'owner',
] as const
export type OutcomeDetailField = (typeof OUTCOME_DETAIL_FIELDS)[number]

/** One row of the co-produced evaluation framework: what should change and how we will know. */
export interface Outcome extends ItemBase, Readonly<Record<OutcomeDetailField, string>> {
  readonly kind: 'outcome'
  /** What should change, in plain words. */
  readonly outcome: string
  /** How we will know. */
  readonly measure: string
  /** Participant id → their stance. */
  readonly agreement: ReadonlyMap<ParticipantId, Agreement>
}

/** A named group of notes; members move with it. */
export interface Cluster extends ItemBase {
  readonly kind: 'cluster'
  readonly title: string
  readonly width: number
  readonly height: number
}

/** Every kind of thing that sits on the board. */
export type BoardItem = Note | Reframe | Outcome | Cluster
export type ItemKind = BoardItem['kind']
/** The kinds a dot vote can be cast on. */
export type VotableItem = Note | Reframe | Outcome | Cluster

/** One step of the workshop's agenda. */
export interface Stage {
  readonly id: StageId
  readonly title: string
  /** The question the room works on during this stage. */
  readonly prompt: string
  /** Suggested length; null when open-ended. */
  readonly minutes: number | null
  /** Private writing: while it runs, each person sees only their own new notes until reveal. */
  readonly private: boolean
  /** For a private stage: whether the notes have been revealed to everyone. */
  readonly revealed: boolean
}

/** The shared countdown, driven by an end time in the document rather than ticking writes. */
export type Timer =
  | { readonly state: 'idle'; readonly durationMs: number }
  | { readonly state: 'running'; readonly durationMs: number; readonly endsAt: number }
  | { readonly state: 'paused'; readonly durationMs: number; readonly remainingMs: number }

/** A dot vote: everyone gets the same budget, whatever their role. */
export interface VoteSession {
  readonly id: string
  /** Dots per participant. */
  readonly budget: number
  /** Open: people vote and see only their own dots. Revealed: results for all. */
  readonly status: 'open' | 'revealed'
  readonly kinds: readonly ItemKind[]
  readonly startedAt: number
  readonly stageId: StageId | null
}

/** One dot: a participant's vote in a slot of their budget. */
export interface Vote {
  readonly sessionId: string
  readonly participantId: ParticipantId
  readonly slot: number
  readonly itemId: ItemId
}

/** An entry of the facilitation log: who wore the hat, by role, in which stage. */
export interface FacilitationEvent {
  readonly participantId: ParticipantId
  readonly role: RoleId
  readonly action: 'took-hat' | 'passed-hat' | 'left-hat' | 'advanced-stage'
  readonly stageId: StageId | null
  readonly at: number
  /** For passed-hat: who received it. */
  readonly toParticipantId?: ParticipantId
}

/** A facilitator's request that everyone look where they look. */
export interface Summon {
  readonly by: ParticipantId
  readonly x: number
  readonly y: number
  readonly zoom: number
  readonly at: number
}

/**
 * What the projector frames by default: the current stage's cards, at a size the back of the
 * room can read (paging through them when they do not fit), or the whole board, shrunk to fit.
 */
export type ProjectorView = 'stage' | 'board'

/** A card or group a facilitator put on the projector alone, large. */
export interface Spotlight {
  readonly itemId: ItemId
  readonly by: ParticipantId
  /** The stage it was put up in: it belongs to that stage and ends when the room moves on. */
  readonly stageId: StageId | null
  readonly at: number
}

/** Who may see names in a report. */
export type ReportNames = 'names' | 'roles' | 'anonymous'

/** A whole board as plain data, as the client renders it and the exports read it. */
export interface BoardSnapshot {
  readonly meta: BoardMeta
  readonly items: ReadonlyMap<ItemId, BoardItem>
  readonly participants: ReadonlyMap<ParticipantId, Participant>
  /** The agenda, in order. */
  readonly stages: readonly Stage[]
  /** Every dot ever cast, in all sessions; tallies keep only the valid ones. */
  readonly votes: readonly Vote[]
  /** Who wears the facilitator hat now (more than one may co-facilitate). */
  readonly facilitators: ReadonlySet<ParticipantId>
  readonly facilitationLog: readonly FacilitationEvent[]
}

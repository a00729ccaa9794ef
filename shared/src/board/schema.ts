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

export interface BoardMeta {
  readonly schemaVersion: number
  readonly title: string
  readonly purpose: string
  /** Milliseconds since the epoch. */
  readonly createdAt: number
  readonly roles: readonly RoleDefinition[]
}

export interface Participant {
  readonly id: ParticipantId
  /** Display name; optional to show, never needed to take part. */
  readonly name: string
  readonly role: RoleId
  readonly joinedAt: number
}

interface ItemBase {
  readonly id: ItemId
  /** Board coordinates of the top-left corner. */
  readonly x: number
  readonly y: number
  readonly authorId: ParticipantId
  /** The author's role when they wrote it: a later change of side does not rewrite history. */
  readonly role: RoleId
  readonly createdAt: number
}

export interface Note extends ItemBase {
  readonly kind: 'note'
  readonly text: string
  readonly color: NoteColor
}

/** Every kind of thing that sits on the board. Later features add kinds to this union. */
export type BoardItem = Note
export type ItemKind = BoardItem['kind']

/** A whole board as plain data, as the client renders it and the exports read it. */
export interface BoardSnapshot {
  readonly meta: BoardMeta
  readonly items: ReadonlyMap<ItemId, BoardItem>
  readonly participants: ReadonlyMap<ParticipantId, Participant>
}

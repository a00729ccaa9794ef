import { describe, expect, it } from 'vitest'
import { deleteItem, getItemMap, setKeepOutOfExport } from './operations'
import { reframeNote } from './reframes'
import { leaveHat, takeHat } from './facilitation'
import { readBoard } from './read'
import { makeBoard, note, person } from './testing/builders'
import {
  consentChoices,
  effectiveConsent,
  isStricter,
  readConsent,
  setConsent,
  strictest,
  type Consent,
} from './consent'
import type { ItemId, ParticipantId } from './schema'

const ZEPH = 'zeph' as ParticipantId
const QUILL = 'quill' as ParticipantId
const FACE = 'face' as ParticipantId
const NOTE = 'item-1' as ItemId

/** Zeph wrote the note; Face wears the hat; Quill is someone else. */
function board(consent?: Consent) {
  return makeBoard({
    people: [
      person('zeph', 'lived-experience', 'Zephyrine'),
      person('quill', 'provider', 'Quillon'),
      person('face', 'commissioner', 'Faith'),
    ],
    hat: 'face',
    items: [note('zeph', 'My story', { consent })],
  })
}

const consentOf = (doc: ReturnType<typeof makeBoard>, id: ItemId = NOTE) => {
  const item = readBoard(doc).items.get(id)
  return item && 'consent' in item ? item.consent : null
}

describe('consent › levels', () => {
  it('orders room only, report without name, report with name from strictest', () => {
    expect(isStricter('room-only', 'report-anonymous')).toBe(true)
    expect(isStricter('report-anonymous', 'report-named')).toBe(true)
    expect(isStricter('report-named', 'room-only')).toBe(false)
    expect(isStricter('room-only', 'room-only')).toBe(false)
    expect(strictest('report-named', 'room-only', 'report-anonymous')).toBe('room-only')
    expect(strictest()).toBe('report-named')
  })

  it('reads a missing or unknown value as the default, and the legacy flag as room only', () => {
    expect(readConsent(undefined, undefined)).toBe('report-anonymous')
    expect(readConsent('everyone', false)).toBe('report-anonymous')
    expect(readConsent('report-named', undefined)).toBe('report-named')
    expect(readConsent(undefined, true)).toBe('room-only')
    expect(readConsent('report-named', true)).toBe('room-only')
    expect(readConsent(undefined, 'yes')).toBe('report-anonymous')
  })

  it('reads a note kept out of exports on an old board as room only', () => {
    const doc = board()
    expect(consentOf(doc)).toBe('report-anonymous')
    setKeepOutOfExport(doc, NOTE, true)
    expect(consentOf(doc)).toBe('room-only')
  })
})

describe('consent › setConsent', () => {
  it('lets the author choose any level, looser as well as stricter', () => {
    const doc = board()
    for (const level of ['room-only', 'report-named', 'report-anonymous'] as const) {
      expect(setConsent(doc, NOTE, level, ZEPH)).toBe(true)
      expect(consentOf(doc)).toBe(level)
    }
  })

  it('lets the author let a note kept out on an old board back into reports', () => {
    const doc = board()
    setKeepOutOfExport(doc, NOTE, true)
    expect(setConsent(doc, NOTE, 'report-anonymous', ZEPH)).toBe(true)
    expect(consentOf(doc)).toBe('report-anonymous')
    expect(getItemMap(doc, NOTE)?.has('keepOutOfExport')).toBe(false)
  })

  it('lets a hat wearer make someone else’s card stricter, never looser', () => {
    const doc = board('report-named')
    expect(setConsent(doc, NOTE, 'report-anonymous', FACE)).toBe(true)
    expect(consentOf(doc)).toBe('report-anonymous')
    expect(setConsent(doc, NOTE, 'report-named', FACE)).toBe(false)
    expect(consentOf(doc)).toBe('report-anonymous')
    expect(setConsent(doc, NOTE, 'room-only', FACE)).toBe(true)
    expect(setConsent(doc, NOTE, 'report-anonymous', FACE)).toBe(false)
    expect(consentOf(doc)).toBe('room-only')
  })

  it('refuses anyone else, even making it stricter', () => {
    const doc = board()
    expect(setConsent(doc, NOTE, 'room-only', QUILL)).toBe(false)
    expect(setConsent(doc, NOTE, 'report-named', QUILL)).toBe(false)
    expect(consentOf(doc)).toBe('report-anonymous')
  })

  it('follows the hat: whoever wears it now, not whoever wore it', () => {
    const doc = board()
    takeHat(doc, { participantId: QUILL, role: 'provider' })
    leaveHat(doc, { participantId: FACE, role: 'commissioner' })
    expect(setConsent(doc, NOTE, 'room-only', FACE)).toBe(false)
    expect(setConsent(doc, NOTE, 'room-only', QUILL)).toBe(true)
  })

  it('lets nobody speak as the author of a card whose author was left out of its file', () => {
    const doc = makeBoard({
      people: [person('zeph', 'lived-experience')],
      items: [note('zeph', 'x')],
    })
    getItemMap(doc, NOTE)!.set('authorId', '')
    expect(setConsent(doc, NOTE, 'report-named', '' as ParticipantId)).toBe(false)
    expect(consentChoices(readBoard(doc).items.get(NOTE)!, '' as ParticipantId, false)).toEqual([])
  })

  it('does nothing for a missing card, a kind without consent or an unknown level', () => {
    const doc = makeBoard({
      people: [person('zeph', 'lived-experience')],
      items: [
        note('zeph', 'x'),
        { kind: 'outcome', by: 'zeph', outcome: 'Heard', measure: 'Survey' },
      ],
    })
    expect(setConsent(doc, 'nothing' as ItemId, 'room-only', ZEPH)).toBe(false)
    expect(setConsent(doc, 'item-2' as ItemId, 'room-only', ZEPH)).toBe(false)
    expect(setConsent(doc, NOTE, 'everyone' as Consent, ZEPH)).toBe(false)
    expect(consentOf(doc)).toBe('report-anonymous')
  })
})

describe('consent › choices', () => {
  it('offers the author every level, a hat wearer the current and stricter, others none', () => {
    const doc = board('report-anonymous')
    const item = readBoard(doc).items.get(NOTE)!
    expect(consentChoices(item, ZEPH, false)).toEqual([
      'room-only',
      'report-anonymous',
      'report-named',
    ])
    expect(consentChoices(item, FACE, true)).toEqual(['room-only', 'report-anonymous'])
    expect(consentChoices(item, QUILL, false)).toEqual([])
    expect(consentChoices(item, null, true)).toEqual([])
  })
})

describe('consent › derived cards', () => {
  it('holds a reframe to the strictest of its own consent and its source note’s', () => {
    const doc = makeBoard({
      people: [person('zeph', 'lived-experience'), person('quill', 'provider')],
      items: [
        note('zeph', 'They never call back', { consent: 'report-named' }),
        {
          kind: 'reframe',
          by: 'quill',
          they: 'They never call back',
          theyRole: 'lived-experience',
          we: 'We could call back',
          source: 1,
          consent: 'report-named',
        },
      ],
    })
    const reframe = () => readBoard(doc).items.get('item-2' as ItemId)!
    expect(effectiveConsent(reframe(), readBoard(doc))).toBe('report-named')
    setConsent(doc, NOTE, 'report-anonymous', ZEPH)
    expect(effectiveConsent(reframe(), readBoard(doc))).toBe('report-anonymous')
    setConsent(doc, NOTE, 'room-only', ZEPH)
    expect(effectiveConsent(reframe(), readBoard(doc))).toBe('room-only')
    // Its own choice stays its own: the note's author did not choose for the reframe's.
    expect(consentOf(doc, 'item-2' as ItemId)).toBe('report-named')
  })

  it('makes a reframe of a note kept in the room a card kept in the room', () => {
    const doc = board('room-only')
    const id = reframeNote(doc, NOTE, { participantId: QUILL, role: 'provider' })!
    expect(consentOf(doc, id)).toBe('room-only')
    // Even once the note is gone, the card that quotes it stays in.
    deleteItem(doc, NOTE)
    const after = readBoard(doc)
    expect(effectiveConsent(after.items.get(id)!, after)).toBe('room-only')
  })

  it('gives a reframe of an open note the default, not the note’s names', () => {
    const doc = board('report-named')
    const id = reframeNote(doc, NOTE, { participantId: QUILL, role: 'provider' })!
    expect(consentOf(doc, id)).toBe('report-anonymous')
  })
})

import { describe, expect, it } from 'vitest'
import { readBoard } from '../read'
import { castVote, startVote } from '../voting'
import { passHat, takeHat } from '../facilitation'
import { makeBoard, note, person } from '../testing/builders'
import type { ItemId, ParticipantId } from '../schema'
import { checkMarkup, HTML_VOID_ELEMENTS } from './testing/xml'
import { buildReport, exportBoardHtml, exportBoardMarkdown } from '.'

const now = new Date('2026-12-01T10:00:00Z')
const people = [person('a', 'lived-experience', 'Ada'), person('b', 'provider', 'Bo')]

describe('buildReport', () => {
  it('lists an outcome with an objection among the open questions, with the remark', () => {
    const doc = makeBoard({
      people,
      items: [
        {
          kind: 'outcome',
          by: 'a',
          outcome: 'Shorter waits',
          measure: 'Days',
          stances: { a: 'agree', b: 'object' },
        },
      ],
    })
    const report = buildReport(readBoard(doc), { names: 'roles', now })
    expect(report.framework[0]).toMatchObject({ agreedByAll: false })
    expect(report.openQuestions[0].pending).toEqual([{ label: 'Provider', status: 'objected' }])
  })

  it('shows no vote results while the vote is open, as in the room', () => {
    const doc = makeBoard({ people, items: [note('a', 'Idea')], hat: 'a' })
    startVote(doc, {}, { participantId: 'a' as ParticipantId, role: 'lived-experience' })
    castVote(doc, 'a' as ParticipantId, 'item-1' as ItemId)
    const report = buildReport(readBoard(doc), { names: 'roles', now })
    expect(report.vote).toMatchObject({ status: 'open', rows: [], shared: [] })
    expect(exportBoardMarkdown(readBoard(doc), { names: 'roles', now })).toContain(
      'The vote is still open',
    )
  })

  it('logs a passed hat with the side of whoever received it', () => {
    const doc = makeBoard({ people })
    takeHat(doc, { participantId: 'a' as ParticipantId, role: 'lived-experience' })
    passHat(
      doc,
      { participantId: 'a' as ParticipantId, role: 'lived-experience' },
      { participantId: 'b' as ParticipantId, role: 'provider' },
    )
    const report = buildReport(readBoard(doc), { names: 'roles', now })
    if (report.facilitation.kind !== 'log') throw new Error('expected the log')
    expect(report.facilitation.events.map((e) => `${e.who} ${e.action}`)).toEqual([
      'Lived experience took the hat',
      'Lived experience passed the hat to Provider',
      'Provider took the hat',
    ])
    expect(report.facilitation.current).toEqual(['Provider'])
  })

  it('groups notes without an agenda under one heading', () => {
    const doc = makeBoard({ people, items: [note('a', 'Loose')] })
    const report = buildReport(readBoard(doc), { names: 'roles', now })
    expect(report.stages).toEqual([
      expect.objectContaining({ number: null, title: 'Notes', groups: [expect.anything()] }),
    ])
  })
})

describe('reports of an empty board', () => {
  const board = readBoard(makeBoard({ title: 'Empty' }))

  it('read sensibly in Markdown', () => {
    const markdown = exportBoardMarkdown(board, { names: 'roles', now })
    expect(markdown).toContain('Nobody has joined this board yet.')
    expect(markdown).toContain('No outcomes have been written yet.')
  })

  it('are a well-formed HTML document', () => {
    const html = exportBoardHtml(board, { names: 'roles', now })
    expect(checkMarkup(html, HTML_VOID_ELEMENTS).error).toBeNull()
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/)
  })
})

describe('the HTML report of the sample workshop', () => {
  it('is well-formed, with print rules for A4, page breaks and page numbers', () => {
    const doc = makeBoard({
      people,
      template: 'co-production',
      items: [note('a', 'Hi', { stage: 1 })],
    })
    const html = exportBoardHtml(readBoard(doc), { names: 'roles', now })
    expect(checkMarkup(html, HTML_VOID_ELEMENTS).error).toBeNull()
    expect(html).toContain('size: A4')
    expect(html).toMatch(/tr \{ break-inside: avoid/)
    expect(html).toMatch(/break-after: avoid/)
    expect(html).toContain('counter(pages)')
  })
})

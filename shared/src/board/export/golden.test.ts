import { afterAll, beforeAll, describe, it, vi } from 'vitest'
import { readBoard } from '../read'
import type { BoardSnapshot } from '../schema'
import { expectGolden } from './testing/golden'
import { makeSampleBoard, SAMPLE_BOARD_ID, SAMPLE_NOW } from './testing/sampleBoard'
import {
  exportBoardCsv,
  exportBoardHtml,
  exportBoardJson,
  exportBoardMarkdown,
  exportBoardSvg,
} from '.'

// One realistic workshop in every format. A failure here means an export changed: if the change
// is intended, run `UPDATE_GOLDEN=1 npx vitest run shared/src/board/export` and review the diff.

describe('golden files of the sample workshop', () => {
  let board: BoardSnapshot
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    board = readBoard(makeSampleBoard((at) => vi.setSystemTime(at)))
  })
  afterAll(() => {
    vi.useRealTimers()
  })

  it('Markdown report, roles only', () => {
    expectGolden('report.md', exportBoardMarkdown(board, { names: 'roles', now: SAMPLE_NOW }))
  })

  it('Markdown report, with names', () => {
    expectGolden('report.names.md', exportBoardMarkdown(board, { names: 'names', now: SAMPLE_NOW }))
  })

  it('Markdown report, anonymous', () => {
    const report = exportBoardMarkdown(board, { names: 'anonymous', now: SAMPLE_NOW })
    expectGolden('report.anonymous.md', report)
  })

  it('HTML report', () => {
    expectGolden('report.html', exportBoardHtml(board, { names: 'roles', now: SAMPLE_NOW }))
  })

  it('CSV', () => {
    expectGolden('board.csv', exportBoardCsv(board, { names: 'roles' }))
  })

  it('JSON', () => {
    const json = exportBoardJson(SAMPLE_BOARD_ID, board, SAMPLE_NOW)
    expectGolden('board.json', `${JSON.stringify(json, null, 2)}\n`)
  })

  it('SVG picture', () => {
    expectGolden('board.svg', exportBoardSvg(board, { names: 'roles' }))
  })
})

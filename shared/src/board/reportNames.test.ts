import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { REPORT_NAMES, setReportNames } from './reportNames'
import { readBoard } from './read'
import { makeBoard } from './testing/builders'
import type { ReportNames } from './schema'

describe('reportNames', () => {
  it('is "roles" on a new board', () => {
    expect(readBoard(makeBoard()).meta.reportNames).toBe('roles')
  })

  it('sets the board’s choice for everyone', () => {
    const doc = makeBoard()
    for (const names of REPORT_NAMES) {
      expect(setReportNames(doc, names)).toBe(true)
      expect(readBoard(doc).meta.reportNames).toBe(names)
    }
  })

  it('refuses a value that is not one of the choices and leaves the board as it was', () => {
    const doc = makeBoard()
    setReportNames(doc, 'anonymous')
    const before = Y.encodeStateVector(doc)
    for (const bad of ['everyone', '', 'constructor', null, 3]) {
      expect(setReportNames(doc, bad as ReportNames)).toBe(false)
    }
    expect(Y.encodeStateVector(doc)).toEqual(before)
    expect(readBoard(doc).meta.reportNames).toBe('anonymous')
  })

  it('lists the choices from the most revealing to the most private', () => {
    expect(REPORT_NAMES).toEqual(['names', 'roles', 'anonymous'])
  })
})

import type * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { readOneOf } from './sanitize'
import type { ReportNames } from './schema'

// How reports, the spreadsheet and the picture name people unless an export asks otherwise: a
// choice the group makes together, so it lives in the board's meta and every device agrees.

/** The choices, from the most revealing to the most private (the export route relies on it). */
export const REPORT_NAMES: readonly ReportNames[] = ['names', 'roles', 'anonymous']

/** What a board that never chose shows: sides, but no names. */
export const DEFAULT_REPORT_NAMES: ReportNames = 'roles'

/** Whether `value` is one of the naming choices. */
export function isReportNames(value: unknown): value is ReportNames {
  return REPORT_NAMES.includes(value as ReportNames)
}

/** Reads the board's stored choice, repairing anything else into the default. */
export function readReportNames(value: unknown): ReportNames {
  return readOneOf(value, REPORT_NAMES, DEFAULT_REPORT_NAMES)
}

/** Sets the board's naming choice for everyone; false (and nothing written) for any other value. */
export function setReportNames(doc: Y.Doc, names: ReportNames, origin?: unknown): boolean {
  if (!isReportNames(names)) return false
  doc.transact(() => getBoardRoots(doc).meta.set('reportNames', names), origin)
  return true
}

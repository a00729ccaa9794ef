import { parseArgs } from 'node:util'
import {
  EXPORT_FORMATS,
  isExportFormat,
  REPORT_NAMES,
  type ExportFormat,
  type ReportNames,
} from '@coboard/shared'

/** What `npm run export -- …` was asked to do. */
export interface ExportArgs {
  readonly boardId: string
  readonly format: ExportFormat
  /** The file to write; null writes to standard output. */
  readonly out: string | null
  /** Null: the board's own default. */
  readonly names: ReportNames | null
  /** The board file as a full backup, with every name (json only). */
  readonly fullBackup: boolean
  /** Null: DATABASE_URL if set, else DATA_DIR, else ./data (as the server decides). */
  readonly dataDir: string | null
}

/** The command's arguments were wrong; the message says which and how to fix them. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export const USAGE = `Exports a Coboard board from the server's storage.

Usage:
  npm run export -- --board <id> --format <${EXPORT_FORMATS.join('|')}> [--out <file>]
                    [--names names|roles|anonymous] [--full-backup] [--data-dir <dir>]

  --board      the board id (the part after /b/ in its links)
  --format     md: the workshop report; html: the printable report; csv: a spreadsheet;
               svg: a picture of the board; json: the board file (for import)
  --out        the file to write; without it, the export goes to standard output
  --names      who the export names: names, roles (sides only) or anonymous;
               the board's own setting when left out; a card is named only if its author
               asked to be
  --full-backup  json only: keep every name, whatever the naming; the file says it is a
               full backup. Cards kept in the room and unrevealed private notes stay out
  --data-dir   the folder holding coboard.sqlite; otherwise DATABASE_URL (PostgreSQL) if set,
               else DATA_DIR, else ./data, the same storage the server uses

Exit codes: 0 done, 1 no such board or storage failed, 2 wrong arguments.
`

/** Reads the command line; null means help was asked for. Throws UsageError when it is wrong. */
export function readExportArgs(argv: readonly string[]): ExportArgs | null {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        board: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        names: { type: 'string' },
        'full-backup': { type: 'boolean' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    // parseArgs explains unknown options and missing values well enough itself.
    throw new UsageError((error as Error).message)
  }
  if (values.help) return null
  const boardId = values.board?.trim()
  if (!boardId) throw new UsageError('Say which board to export with --board <id>.')
  const format = values.format?.trim().toLowerCase().replace(/^\./, '')
  if (!format) throw new UsageError(`Say which format with --format ${EXPORT_FORMATS.join('|')}.`)
  if (!isExportFormat(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}.`)
  }
  const names = values.names === undefined ? null : REPORT_NAMES.find((n) => n === values.names)
  if (names === undefined) throw new UsageError('--names must be names, roles or anonymous.')
  const fullBackup = values['full-backup'] === true
  if (fullBackup && format !== 'json') {
    throw new UsageError('--full-backup is for the board file: use it with --format json.')
  }
  if (fullBackup && names !== null) {
    throw new UsageError('--full-backup keeps every name; leave --names out.')
  }
  const out = values.out === undefined || values.out === '-' ? null : values.out
  if (out === '') throw new UsageError('--out needs a file name.')
  return { boardId, format, out, names, fullBackup, dataDir: values['data-dir'] ?? null }
}

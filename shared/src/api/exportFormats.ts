import {
  exportBoardCsv,
  exportBoardHtml,
  exportBoardJson,
  exportBoardMarkdown,
  exportBoardSvg,
  exportFileName,
} from '../board/export'
import type { BoardSnapshot, ReportNames } from '../board'

// The five files a board can be taken away as: one table for the export route, the CLI, the
// export worker and the browser's Export menu, so a download from the board and one from the
// API are byte for byte equal, with the same name and media type.

/** The file extensions `GET /api/boards/:id/export.<format>` answers, and the Export menu offers. */
export const EXPORT_FORMATS = ['json', 'md', 'csv', 'svg', 'html'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** What an export is made from. */
export interface ExportInput {
  readonly boardId: string
  readonly board: BoardSnapshot
  /**
   * How the files name people: reports, the spreadsheet, the picture and the board file alike
   * (a card carries its author's name only where they asked to be named, too).
   */
  readonly names: ReportNames
  readonly now: Date
  /**
   * The board file only: a full backup, with every name whatever `names` and each card's consent
   * say (see exportBoardJson). The API gives one only to the edit token.
   */
  readonly fullBackup?: boolean
}

interface FormatSpec {
  /** The Content-Type, always with its charset: every format is UTF-8 text. */
  readonly contentType: string
  /**
   * A browser renders these as documents when they are opened, so they are served with a policy
   * of their own that allows no script and no request at all.
   */
  readonly isDocument: boolean
  /** Whether `names` changes the file. */
  readonly takesNames: boolean
  /** Whether a full backup may be asked for: the board file only. */
  readonly takesBackup: boolean
  render(input: ExportInput): string
}

const FORMATS: Readonly<Record<ExportFormat, FormatSpec>> = {
  json: {
    contentType: 'application/json; charset=utf-8',
    isDocument: false,
    takesNames: true,
    takesBackup: true,
    // Indented and newline-terminated like the golden file, so it diffs well in version control.
    render: ({ boardId, board, names, now, fullBackup }) =>
      `${JSON.stringify(exportBoardJson(boardId, board, now, { names, fullBackup }), null, 2)}\n`,
  },
  md: {
    contentType: 'text/markdown; charset=utf-8',
    isDocument: false,
    takesNames: true,
    takesBackup: false,
    render: ({ board, names, now }) => exportBoardMarkdown(board, { names, now }),
  },
  csv: {
    contentType: 'text/csv; charset=utf-8',
    isDocument: false,
    takesNames: true,
    takesBackup: false,
    render: ({ board, names }) => exportBoardCsv(board, { names }),
  },
  svg: {
    contentType: 'image/svg+xml; charset=utf-8',
    isDocument: true,
    takesNames: true,
    takesBackup: false,
    render: ({ board, names }) => exportBoardSvg(board, { names }),
  },
  html: {
    contentType: 'text/html; charset=utf-8',
    isDocument: true,
    takesNames: true,
    takesBackup: false,
    render: ({ board, names, now }) => exportBoardHtml(board, { names, now }),
  },
}

/** Whether `value` names one of the export formats. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value)
}

/** Whether the format's content depends on the names option. */
export function formatTakesNames(format: ExportFormat): boolean {
  return FORMATS[format].takesNames
}

/** Whether a full backup of the format may be asked for (`?backup=full`): the board file. */
export function formatTakesBackup(format: ExportFormat): boolean {
  return FORMATS[format].takesBackup
}

/** An export ready to send or write: its text, its media type and a safe file name. */
export interface RenderedExport {
  readonly body: string
  readonly contentType: string
  readonly fileName: string
  readonly isDocument: boolean
}

/** Renders the board in `format`, named after its title (see exportFileName). */
export function renderExport(format: ExportFormat, input: ExportInput): RenderedExport {
  const spec = FORMATS[format]
  return {
    body: spec.render(input),
    contentType: spec.contentType,
    fileName: exportFileName(input.board.meta.title, format),
    isDocument: spec.isDocument,
  }
}

import {
  exportBoardCsv,
  exportBoardHtml,
  exportBoardJson,
  exportBoardMarkdown,
  exportBoardSvg,
  exportFileName,
  type BoardSnapshot,
  type ReportNames,
} from '@coboard/shared'

// The files the Export menu makes on this device, from the same shared functions and with the
// same names, media types and serialisation as the server's `GET /api/boards/:id/export.<ext>`
// (server/src/http/routes/exportFormats.ts): a file from either is byte for byte the same.

/** The text formats; the PNG picture is drawn from the SVG one (see svgToPng.ts). */
export type ExportFormat = 'md' | 'html' | 'csv' | 'json' | 'svg'

/** What an export is made from. */
export interface ExportInput {
  readonly boardId: string
  readonly board: BoardSnapshot
  /** How reports, the spreadsheet and the picture name people; the JSON file keeps everything. */
  readonly names: ReportNames
  readonly now: Date
}

/** A file ready to download. */
export interface ExportFile {
  readonly name: string
  /** The media type with its charset, as the server sends it. */
  readonly type: string
  readonly text: string
}

const MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
}

/** Renders the board as a file in `format`, named after the board's title. */
export function makeExportFile(format: ExportFormat, input: ExportInput): ExportFile {
  return {
    name: exportFileName(input.board.meta.title, format),
    type: MEDIA_TYPES[format],
    text: renderText(format, input),
  }
}

function renderText(format: ExportFormat, { boardId, board, names, now }: ExportInput): string {
  switch (format) {
    case 'md':
      return exportBoardMarkdown(board, { names, now })
    case 'html':
      return exportBoardHtml(board, { names, now })
    case 'csv':
      return exportBoardCsv(board, { names })
    case 'json':
      // Indented and newline-terminated like the server's file, so the two stay identical.
      return `${JSON.stringify(exportBoardJson(boardId, board, now), null, 2)}\n`
    case 'svg':
      return exportBoardSvg(board, { names })
  }
}

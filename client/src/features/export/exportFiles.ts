import { renderExport, type ExportFormat, type ExportInput } from '@coboard/shared'

// The files the Export menu makes on this device, from shared/'s table of export formats, which
// the server's `GET /api/boards/:id/export.<ext>` uses too: a file from either is byte for byte
// the same, with the same name and media type.

/** The text formats; the PNG picture is drawn from the SVG one (see svgToPng.ts). */
export type { ExportFormat, ExportInput }

/** A file ready to download. */
export interface ExportFile {
  readonly name: string
  /** The media type with its charset, as the server sends it. */
  readonly type: string
  readonly text: string
}

/** Renders the board as a file in `format`, named after the board's title. */
export function makeExportFile(format: ExportFormat, input: ExportInput): ExportFile {
  const file = renderExport(format, input)
  return { name: file.fileName, type: file.contentType, text: file.body }
}

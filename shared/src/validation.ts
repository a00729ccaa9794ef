// Validation of untrusted input (HTTP bodies, imported files, templates): server-side only.
export * from './api/validation'
export * from './board/templateSchema'
export {
  BoardExportSchema,
  IMPORT_LIMITS,
  type ParsedBoardExport,
} from './board/export/exportSchema'
export {
  parseBoardExport,
  buildBoardFromExport,
  templateFromExport,
  type BoardExportParse,
} from './board/export/importBoard'

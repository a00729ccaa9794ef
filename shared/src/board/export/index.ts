// Exports of a board: pure functions over snapshots, the same in browser and server. Import
// (which validates untrusted files) is in ../../validation.ts, kept out of the client bundle.
export { exportBoardJson, EXPORT_FORMAT_VERSION, type BoardFileOptions } from './json'
export { countWithheld } from './exportable'
export type {
  BoardExport,
  ExportedItem,
  ExportedNote,
  ExportedReframe,
  ExportedOutcome,
  ExportedCluster,
  ExportedAgreement,
} from './format'
export { EXPORT_FORMAT } from './format'
export { exportBoardMarkdown } from './markdown'
export { exportBoardHtml } from './html'
export { exportBoardCsv, csvCell, type CsvOptions } from './csv'
export { exportBoardSvg, type SvgOptions, type BoardRect } from './svg'
export { exportFileName } from './filename'
export { NOTE_FILLS, roleColor } from './palette'
export { buildReport } from './report'
export type { Report, ReportOptions } from './reportModel'

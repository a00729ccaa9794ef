import type { BoardSnapshot, ReportNames } from '../../schema'
import { exportBoardCsv, exportBoardHtml, exportBoardMarkdown, exportBoardSvg } from '..'

/** Every report format of `board` as text, named by format, for tests that read them all. */
export function renderReports(board: BoardSnapshot, names: ReportNames, now: Date) {
  return {
    markdown: exportBoardMarkdown(board, { names, now }),
    html: exportBoardHtml(board, { names, now }),
    csv: exportBoardCsv(board, { names }),
    svg: exportBoardSvg(board, { names }),
  }
}

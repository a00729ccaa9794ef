import { useMemo } from 'react'
import { exportFileName, type ReportNames } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { makeExportFile, type ExportFormat } from './exportFiles'
import { downloadBlob, openInNewTab } from './saveFile'
import { svgToPng } from './svgToPng'

/** What the Export menu can do with the board as it is at the moment of the click. */
export interface ExportFiles {
  /** Downloads the board in `format`; `fullBackup` makes the board file keep every name. */
  download(format: ExportFormat, names: ReportNames, fullBackup?: boolean): void
  /** Opens the printable report in a new tab, to print or save as PDF. */
  openPrintable(names: ReportNames): void
  /** Draws the picture as a PNG at twice its size and downloads it. */
  downloadPng(names: ReportNames): Promise<void>
}

/**
 * The export verbs of the open board. Each reads the board once, when called, instead of
 * subscribing: a menu that re-rendered on every keystroke anyone makes would be wasted work.
 */
export function useExportFiles(): ExportFiles {
  const session = useBoardSession()
  return useMemo(() => {
    const input = (names: ReportNames, fullBackup = false) => ({
      boardId: session.boardId,
      board: session.board.getState().board,
      names,
      now: new Date(),
      fullBackup,
    })
    return {
      download(format, names, fullBackup) {
        const file = makeExportFile(format, input(names, fullBackup))
        downloadBlob(new Blob([file.text], { type: file.type }), file.name)
      },
      openPrintable(names) {
        openInNewTab(makeExportFile('html', input(names)).text)
      },
      async downloadPng(names) {
        const picture = input(names)
        const svg = makeExportFile('svg', picture)
        downloadBlob(await svgToPng(svg.text), exportFileName(picture.board.meta.title, 'png'))
      },
    }
  }, [session])
}

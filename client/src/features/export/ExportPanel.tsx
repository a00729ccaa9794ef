import { useState, type ReactNode } from 'react'
import { countWithheld } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState, useMeta } from '../../adapters/useBoard'
import { NamesChoice } from './NamesChoice'
import { useExportFiles } from './useExportFiles'

/**
 * The Export menu's content: who the files name, one row per file, then `footer` (the screen puts
 * the board's danger zone there). Every file is made on this device from the board as it is now,
 * by the same code as the API.
 */
export function ExportPanel({ id, footer }: { id: string; footer?: ReactNode }) {
  const files = useExportFiles()
  const { readOnly } = useBoardSession()
  const { reportNames: names } = useMeta()
  const keptIn = useBoardState((state) => countWithheld(state.board))
  const [png, setPng] = useState<'idle' | 'busy' | 'failed'>('idle')

  const downloadPng = () => {
    setPng('busy')
    files.downloadPng(names).then(
      () => setPng('idle'),
      () => setPng('failed'),
    )
  }

  return (
    <div
      id={id}
      className="export-panel"
      role="group"
      aria-label="Export"
      data-testid="export-panel"
    >
      <p className="export-eyebrow">Take the workshop away</p>
      <p className="export-intro">Anyone on the board can export. Files are made on this device.</p>
      <NamesChoice />
      <ul className="export-rows">
        <ExportRow
          title="Report"
          detail="Markdown, for any editor or wiki"
          onClick={() => files.download('md', names)}
          testId="export-md"
        />
        <ExportRow
          title="Printable report"
          detail="Opens in a new tab: print it or save as PDF"
          onClick={() => files.openPrintable(names)}
          testId="export-print"
        >
          <button
            type="button"
            className="export-alt"
            aria-label="Download the printable report as a web page (.html)"
            onClick={() => files.download('html', names)}
            data-testid="export-html"
          >
            .html
          </button>
        </ExportRow>
        <ExportRow
          title="Spreadsheet"
          detail="CSV: a row per item, with votes and agreement"
          onClick={() => files.download('csv', names)}
          testId="export-csv"
        />
        <ExportRow
          title="Picture"
          detail="SVG, sharp at any size"
          onClick={() => files.download('svg', names)}
          testId="export-svg"
        >
          <button
            type="button"
            className="export-alt"
            aria-label="Download the picture as PNG"
            disabled={png === 'busy'}
            onClick={downloadPng}
            data-testid="export-png"
          >
            {png === 'busy' ? 'Drawing…' : 'PNG'}
          </button>
        </ExportRow>
        <ExportRow
          title="Board file"
          detail="JSON to import as a new board, naming people as above"
          onClick={() => files.download('json', names)}
          testId="export-json"
        >
          {!readOnly && (
            <button
              type="button"
              className="export-alt"
              aria-label="Download a full backup of the board file, with every name"
              title="A full backup keeps every name, whatever the setting above: keep it safe"
              onClick={() => files.download('json', names, true)}
              data-testid="export-backup"
            >
              Full backup
            </button>
          )}
        </ExportRow>
      </ul>
      {png === 'failed' && (
        <p className="export-problem" role="alert">
          This browser could not draw the PNG. The SVG picture has the same content.
        </p>
      )}
      <p className="export-note" data-testid="export-kept-out">
        {keptIn === 0
          ? 'Cards kept in “this room only” and private notes not yet revealed are never exported.'
          : `${keptIn === 1 ? '1 card is' : `${keptIn} cards are`} kept in this room at their ` +
            'authors’ request and never exported, and so are private notes not yet revealed.'}{' '}
        A card carries its author’s name only if they asked for it.
      </p>
      {footer}
    </div>
  )
}

function ExportRow(props: {
  title: string
  detail: string
  onClick: () => void
  testId: string
  children?: ReactNode
}) {
  return (
    <li className="export-row">
      <button
        type="button"
        className="export-main"
        onClick={props.onClick}
        data-testid={props.testId}
      >
        <span className="export-title">{props.title}</span>
        <span className="export-hint">{props.detail}</span>
      </button>
      {props.children}
    </li>
  )
}

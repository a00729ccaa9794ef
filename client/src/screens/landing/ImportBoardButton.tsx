import { useRef, useState } from 'react'
import type { CreateBoardResponse } from '@coboard/shared'
import { ImportBoardError, importBoardFile } from '../../features/export/importBoardFile'
import '../../features/export/importBoard.css'

interface ImportBoardButtonProps {
  readonly onImported: (board: CreateBoardResponse, title: string) => void
}

/**
 * "Import a board file": makes a new board, with new links, from a file saved with "Board file"
 * in a board's Export menu. The original board is not touched.
 */
export function ImportBoardButton({ onImported }: ImportBoardButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const importFile = async (file: File | undefined) => {
    if (!file) return
    setBusy(true)
    setError(null)
    try {
      const imported = await importBoardFile(file)
      onImported(imported.board, imported.title)
    } catch (cause) {
      setError(cause instanceof ImportBoardError ? cause.message : 'Something went wrong.')
    } finally {
      setBusy(false)
      // The same file can be chosen again after fixing whatever was wrong.
      if (inputRef.current) inputRef.current.value = ''
    }
  }

  return (
    <section className="landing-import" aria-labelledby="import-heading">
      <h2 id="import-heading" className="landing-import-heading">
        Have a board file?
      </h2>
      <p className="landing-import-text">
        Start a new board from a file saved with “Board file” in a board’s Export menu. It gets new
        links; the original board is not changed.
      </p>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => void importFile(event.target.files?.[0])}
        data-testid="import-file"
      />
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={() => inputRef.current?.click()}
        data-testid="import-board"
      >
        {busy ? 'Importing…' : 'Import a board file'}
      </button>
      {error && (
        <p className="alert landing-import-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}

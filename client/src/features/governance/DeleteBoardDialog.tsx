import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useMeta } from '../../adapters/useBoard'
import { readLinkKey } from '../../core/routing/linkKey'
import { leaveDeletedBoard, markBoardDeleted } from './deletedBoards'
import { DeleteBoardError, requestBoardDeletion } from './deleteBoardRequest'

/**
 * Asks for the board's title before deleting it, so a board is never deleted by a slip of the
 * mouse: the person has to know which board they are about to erase for everyone.
 */
export function DeleteBoardDialog({ onClose }: { onClose: () => void }) {
  const { boardId, connection } = useBoardSession()
  const { title } = useMeta()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const inputId = useId()
  // A board without a title is confirmed with a word instead.
  const phrase = title.trim() || 'delete'
  const matches = typed.trim() === phrase

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const key = readLinkKey(window.location.hash)
    if (!matches || busy) return
    if (key?.access !== 'edit') {
      setError('Only the participant link can delete a board. Open the board with it and retry.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      await requestBoardDeletion(boardId, key.token)
      markBoardDeleted(boardId)
      leaveDeletedBoard(connection)
      onClose()
    } catch (cause) {
      setError(cause instanceof DeleteBoardError ? cause.message : 'Something went wrong.')
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="delete-dialog"
      aria-labelledby={`${inputId}-title`}
      onCancel={(event) => {
        event.preventDefault()
        if (!busy) onClose()
      }}
      data-testid="delete-dialog"
    >
      <form onSubmit={submit} className="delete-form">
        <h2 id={`${inputId}-title`}>Delete this board for good?</h2>
        <p>
          Every note, reframe, vote and agreement on this board is erased from the server, for
          everyone. Nobody can open it again, not even with its links, and it cannot be undone.
          Files already exported stay wherever they were saved.
        </p>
        <div className="field">
          <label className="field-label" htmlFor={inputId}>
            Type the board’s title to confirm: <strong className="delete-phrase">{phrase}</strong>
          </label>
          <input
            id={inputId}
            className="input"
            value={typed}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setTyped(event.target.value)}
            data-testid="delete-confirm-input"
          />
        </div>
        {error && (
          <p className="alert" role="alert">
            {error}
          </p>
        )}
        <div className="delete-actions">
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            Keep the board
          </button>
          <button
            type="submit"
            className="btn danger-button-solid"
            disabled={!matches || busy}
            data-testid="delete-confirm"
          >
            {busy ? 'Deleting…' : 'Delete for good'}
          </button>
        </div>
      </form>
    </dialog>
  )
}

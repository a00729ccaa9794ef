import { useEffect, useRef } from 'react'
import { navigate } from '../../adapters/useLocation'
import { useBoardDeleted } from './useBoardDeleted'
import './governance.css'

/** Covers the board with "This board was deleted" once it is gone; nothing while it exists. */
export function BoardDeletedScreen() {
  return useBoardDeleted() ? <DeletedDialog /> : null
}

/**
 * A modal that cannot be dismissed: the board behind it no longer exists anywhere, so there is
 * nothing left to work on. It sits in the top layer, above every panel and dialog.
 */
function DeletedDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={dialogRef}
      className="board-deleted"
      aria-labelledby="board-deleted-title"
      aria-describedby="board-deleted-text"
      onCancel={(event) => event.preventDefault()}
      data-testid="board-deleted"
    >
      <h1 id="board-deleted-title">This board was deleted</h1>
      <p id="board-deleted-text">
        Someone on the board deleted it for good. Its notes, votes and agreements are gone from the
        server and from this device, and its links no longer open anything.
      </p>
      <p>Files exported before it was deleted stay wherever they were saved.</p>
      <button type="button" className="btn btn-primary" onClick={() => navigate('/')} autoFocus>
        Go to the start page
      </button>
    </dialog>
  )
}

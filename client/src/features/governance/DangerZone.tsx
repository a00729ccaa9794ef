import { useState } from 'react'
import { DeleteBoardDialog } from './DeleteBoardDialog'
import './governance.css'

/** The board's one irreversible action, set apart at the bottom of the Export menu. */
export function DangerZone() {
  const [confirming, setConfirming] = useState(false)
  return (
    <section className="danger-zone" aria-labelledby="danger-zone-title">
      <h3 id="danger-zone-title" className="danger-zone-title">
        Danger zone
      </h3>
      <p className="danger-zone-text">
        Anyone on the board can delete it, for everyone, for good. Export a board file first if the
        group may want it back.
      </p>
      <button
        type="button"
        className="btn danger-button"
        onClick={() => setConfirming(true)}
        data-testid="delete-board"
      >
        Delete board for good…
      </button>
      {confirming && <DeleteBoardDialog onClose={() => setConfirming(false)} />}
    </section>
  )
}

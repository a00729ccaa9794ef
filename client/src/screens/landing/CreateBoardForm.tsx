import { useState, type FormEvent } from 'react'
import {
  MAX_PURPOSE_LENGTH,
  MAX_TITLE_LENGTH,
  TEMPLATE_IDS,
  type CreateBoardResponse,
  type TemplateId,
} from '@coboard/shared'
import { createBoard } from '../../core/api/createBoard'
import { TemplateChoice } from './TemplateChoice'

interface CreateBoardFormProps {
  readonly onCreated: (board: CreateBoardResponse, title: string) => void
}

/** Title, optional purpose and starting agenda of a new workshop board. */
export function CreateBoardForm({ onCreated }: CreateBoardFormProps) {
  const [title, setTitle] = useState('')
  const [purpose, setPurpose] = useState('')
  const [template, setTemplate] = useState<TemplateId>(TEMPLATE_IDS[0])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const cleanTitle = title.trim()
    if (!cleanTitle) {
      setError('Give the board a title so people know they are in the right place.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const board = await createBoard({
        title: cleanTitle,
        purpose: purpose.trim() || undefined,
        template,
      })
      onCreated(board, cleanTitle)
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'Something went wrong. Please try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="landing-card" onSubmit={submit} noValidate aria-labelledby="create-heading">
      <h2 id="create-heading" className="landing-heading">
        Start a workshop board
      </h2>
      <div className="field">
        <label className="field-label" htmlFor="board-title">
          Title
        </label>
        <input
          id="board-title"
          className="input"
          value={title}
          maxLength={MAX_TITLE_LENGTH}
          placeholder="e.g. Improving the crisis pathway"
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={error !== null && !title.trim()}
          required
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="board-purpose">
          Purpose <span className="field-optional">(optional)</span>
        </label>
        <p className="field-hint" id="board-purpose-hint">
          One or two sentences on what the group wants to achieve together.
        </p>
        <textarea
          id="board-purpose"
          className="input"
          value={purpose}
          maxLength={MAX_PURPOSE_LENGTH}
          rows={3}
          aria-describedby="board-purpose-hint"
          onChange={(event) => setPurpose(event.target.value)}
        />
      </div>
      <TemplateChoice value={template} onChange={setTemplate} />
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <div className="landing-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create board'}
        </button>
      </div>
    </form>
  )
}

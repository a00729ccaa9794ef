import type { KeyboardEvent } from 'react'
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, type Stage } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { Icon } from '../../ui/Icon'

/**
 * One stage in edit mode. Fields are uncontrolled and written on blur (or Enter), so typing is
 * one change in the board, not one per key; a peer's edit re-keys the field and shows through.
 */
export function StageEditor({ stage, index }: { stage: Stage; index: number }) {
  const { facilitation } = useBoardSession()
  const n = index + 1
  const commitOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur()
  }
  return (
    <li className="agenda-row is-editing" data-testid="stage-editor">
      <span className="agenda-number" aria-hidden="true">
        {n}
      </span>
      <div className="agenda-fields">
        <input
          key={`title:${stage.title}`}
          className="input agenda-input-title"
          defaultValue={stage.title}
          maxLength={MAX_TITLE_LENGTH}
          aria-label={`Title of stage ${n}`}
          onKeyDown={commitOnEnter}
          onBlur={(event) => {
            const title = event.target.value.trim()
            if (title && title !== stage.title) facilitation.editStage(stage.id, { title })
          }}
        />
        <textarea
          key={`prompt:${stage.prompt}`}
          className="input agenda-input-prompt"
          defaultValue={stage.prompt}
          maxLength={MAX_TEXT_LENGTH}
          rows={2}
          placeholder="The question the room works on"
          aria-label={`Question for stage ${n}`}
          onBlur={(event) => {
            if (event.target.value !== stage.prompt) {
              facilitation.editStage(stage.id, { prompt: event.target.value })
            }
          }}
        />
        <div className="agenda-field-row">
          <label className="agenda-minutes">
            <input
              key={`minutes:${stage.minutes}`}
              className="input"
              type="number"
              min={1}
              max={240}
              defaultValue={stage.minutes ?? ''}
              placeholder="–"
              onKeyDown={commitOnEnter}
              onBlur={(event) => {
                const value = Math.round(Number(event.target.value))
                const minutes = value >= 1 ? Math.min(240, value) : null
                if (minutes !== stage.minutes) facilitation.editStage(stage.id, { minutes })
              }}
            />
            minutes
          </label>
          <label className="agenda-toggle">
            <input
              type="checkbox"
              checked={stage.private}
              onChange={(event) =>
                facilitation.editStage(stage.id, { private: event.target.checked })
              }
            />
            Private writing
          </label>
          <button
            type="button"
            className="btn btn-quiet agenda-remove"
            onClick={() => facilitation.removeStage(stage.id)}
            aria-label={`Remove stage ${n}: ${stage.title}`}
          >
            <Icon name="trash" size={16} />
            Remove
          </button>
        </div>
      </div>
    </li>
  )
}

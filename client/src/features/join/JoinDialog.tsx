import { useEffect, useRef, useState, type FormEvent } from 'react'
import { MAX_NAME_LENGTH } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useMeta } from '../../adapters/useBoard'
import { lastUsedName } from '../../core/state/meStorage'
import { roleColor } from '../../ui/voices/roleColors'
import './join.css'

interface JoinDialogProps {
  /**
   * A selector for where the focus goes once the dialog closes when nothing had it before (a
   * first join): the screen's first thing to do. Otherwise the focus goes back where it was.
   */
  readonly focusAfter: string
}

/** Asks a newcomer for a display name (optional) and their side, once per board and device. */
export function JoinDialog({ focusAfter }: JoinDialogProps) {
  const { ui } = useBoardSession()
  const meta = useMeta()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState(() => ui.getState().me.name || lastUsedName())
  const [role, setRole] = useState(ui.getState().me.role)
  const [error, setError] = useState(false)
  const rejoining = ui.getState().hasJoined

  useEffect(() => {
    const dialog = dialogRef.current
    const before = document.activeElement
    if (dialog && !dialog.open) dialog.showModal()
    return () => {
      dialog?.close()
      // The dialog leaves the page with the focus in it, which would drop to the body.
      const back =
        before instanceof HTMLElement && before !== document.body && before.isConnected
          ? before
          : document.querySelector<HTMLElement>(focusAfter)
      back?.focus()
    }
    // Once per opening: the selector is fixed by the screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!role) return setError(true)
    ui.getState().setMe(name.trim(), role)
  }

  return (
    <dialog
      ref={dialogRef}
      className="join"
      aria-labelledby="join-title"
      aria-describedby="join-intro"
      onCancel={(event) => {
        // Joining is how notes get their author's side: only someone who has joined may dismiss.
        event.preventDefault()
        if (ui.getState().hasJoined) ui.getState().setIdentityOpen(false)
      }}
      data-testid="join-dialog"
    >
      <form onSubmit={submit} className="join-form">
        <p className="join-eyebrow">{rejoining ? 'Your name and side' : 'You are joining'}</p>
        <h2 id="join-title">{meta.title}</h2>
        {meta.purpose && <p className="join-purpose">{meta.purpose}</p>}
        <p id="join-intro" className="join-intro">
          Everyone on this board is an equal editor. Your side is shown on each note you write, so
          the group can see whose voices are in the room.
        </p>

        <div className="field">
          <label className="field-label" htmlFor="join-name">
            Your name <span className="field-optional">(optional)</span>
          </label>
          <input
            id="join-name"
            className="input"
            value={name}
            maxLength={MAX_NAME_LENGTH}
            autoComplete="nickname"
            placeholder="How the group knows you"
            aria-describedby="join-name-hint"
            onChange={(event) => setName(event.target.value)}
          />
          <p className="field-hint" id="join-name-hint">
            Shown small on your notes. You can leave it blank.
          </p>
        </div>

        <fieldset className="join-roles" aria-describedby={error ? 'join-role-error' : undefined}>
          <legend className="field-label">Which side are you on?</legend>
          {meta.roles.map((option) => (
            <label key={option.id} className="join-role" data-checked={option.id === role}>
              <input
                type="radio"
                name="role"
                value={option.id}
                checked={option.id === role}
                onChange={() => {
                  setRole(option.id)
                  setError(false)
                }}
              />
              <span
                className="join-role-swatch"
                style={{ background: roleColor(option.id, meta.roles) }}
              />
              <span className="join-role-text">
                <span className="join-role-label">{option.label}</span>
                {option.description && (
                  <span className="join-role-description">{option.description}</span>
                )}
              </span>
            </label>
          ))}
        </fieldset>
        {error && (
          <p className="alert" id="join-role-error" role="alert">
            Pick the side that fits you best. You can change it later.
          </p>
        )}
        <div className="join-actions">
          {rejoining && (
            <button
              type="button"
              className="btn"
              onClick={() => ui.getState().setIdentityOpen(false)}
            >
              Cancel
            </button>
          )}
          <button type="submit" className="btn btn-primary join-submit" data-testid="join-submit">
            {rejoining ? 'Save' : 'Join the board'}
          </button>
        </div>
      </form>
    </dialog>
  )
}

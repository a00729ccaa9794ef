import { useState, type FormEvent } from 'react'
import { DEFAULT_VOTE_BUDGET, MAX_VOTE_BUDGET, type ItemKind } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { Icon } from '../../ui/Icon'
import { usePopover } from '../../ui/usePopover'
import { focusWhenDrawn } from '../../ui/focusWhenDrawn'

const KINDS: readonly { kind: ItemKind; label: string }[] = [
  { kind: 'note', label: 'Notes' },
  { kind: 'reframe', label: 'They → we cards' },
  { kind: 'outcome', label: 'Outcomes' },
  { kind: 'cluster', label: 'Groups' },
]

/** "Start a dot vote" and its small form: dots per person (the same for everyone) and what to vote on. */
export function StartVoteButton() {
  const { facilitation } = useBoardSession()
  const [budget, setBudget] = useState(DEFAULT_VOTE_BUDGET)
  const [kinds, setKinds] = useState<readonly ItemKind[]>(KINDS.map((k) => k.kind))
  const { open, close, rootRef, panelId: formId, triggerProps } = usePopover()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (kinds.length === 0) return
    facilitation.startVote({ budget, kinds })
    close()
    // This button goes while the vote is open: the vote's line in the stage bar, which says how
    // to place dots, takes the focus.
    focusWhenDrawn('[data-testid="vote-status-text"]')
  }
  const toggle = (kind: ItemKind) =>
    setKinds((now) => (now.includes(kind) ? now.filter((k) => k !== kind) : [...now, kind]))

  return (
    <div className="start-vote" ref={rootRef}>
      <button
        type="button"
        className="btn btn-quiet stagebar-tool"
        {...triggerProps}
        data-testid="start-vote"
      >
        <Icon name="dot" size={18} />
        <span className="stagebar-tool-label">Start dot vote</span>
      </button>
      {open && (
        <form
          className="start-vote-form"
          id={formId}
          onSubmit={submit}
          aria-label="Start a dot vote"
        >
          {/* Not a <label>: it holds the − and + buttons, which a label would press. */}
          <div className="field">
            <span className="field-label">Dots per person</span>
            <span className="start-vote-budget">
              <button
                type="button"
                className="btn btn-icon"
                onClick={() => setBudget((n) => Math.max(1, n - 1))}
                aria-label="One dot fewer"
              >
                <Icon name="minus" size={16} />
              </button>
              <input
                className="input"
                type="number"
                min={1}
                max={MAX_VOTE_BUDGET}
                value={budget}
                onChange={(event) =>
                  setBudget(Math.max(1, Math.min(MAX_VOTE_BUDGET, Number(event.target.value) || 1)))
                }
                aria-label="Dots per person"
                data-testid="vote-budget"
              />
              <button
                type="button"
                className="btn btn-icon"
                onClick={() => setBudget((n) => Math.min(MAX_VOTE_BUDGET, n + 1))}
                aria-label="One dot more"
              >
                <Icon name="plus" size={16} />
              </button>
            </span>
            <span className="field-hint">Everyone gets the same, whatever their side.</span>
          </div>
          <fieldset className="start-vote-kinds">
            <legend className="field-label">Vote on</legend>
            {KINDS.map(({ kind, label }) => (
              <label key={kind} className="start-vote-kind">
                <input
                  type="checkbox"
                  checked={kinds.includes(kind)}
                  onChange={() => toggle(kind)}
                />
                {label}
              </label>
            ))}
          </fieldset>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={kinds.length === 0}
            data-testid="start-vote-submit"
          >
            Start the vote
          </button>
        </form>
      )}
    </div>
  )
}

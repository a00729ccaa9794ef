import { faceDownWords, type Stage } from '@coboard/shared'
import { Icon } from '../../ui/Icon'
import { useFaceDown } from '../../adapters/useIsHidden'

interface AgendaRowProps {
  readonly stage: Stage
  readonly index: number
  readonly current: boolean
  /** Moves the room to this stage; null for people without the hat. */
  readonly onGo: (() => void) | null
}

/** One stage of the agenda as everyone reads it. */
export function AgendaRow({ stage, index, current, onGo }: AgendaRowProps) {
  const faceDown = useFaceDown(stage.private && !stage.revealed ? stage.id : null)
  return (
    <li
      className={`agenda-row${current ? ' is-current' : ''}`}
      aria-current={current ? 'step' : undefined}
    >
      <span className="agenda-number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="agenda-text">
        <p className="agenda-title">
          {stage.title}
          {current && <span className="agenda-now">Now</span>}
        </p>
        {stage.prompt && <p className="agenda-prompt">{stage.prompt}</p>}
        <p className="agenda-meta">
          {stage.minutes ? <span>{stage.minutes} min</span> : <span>Open-ended</span>}
          {stage.private && (
            <span className="agenda-private">
              <Icon name={stage.revealed ? 'eye' : 'lock'} size={13} />
              {stage.revealed ? 'Private, revealed' : 'Private writing'}
            </span>
          )}
          {faceDown.cards > 0 && <span>{faceDownWords(faceDown)}</span>}
        </p>
      </div>
      {onGo && !current && (
        <button
          type="button"
          className="btn agenda-go"
          onClick={onGo}
          aria-label={`Go to stage ${index + 1}: ${stage.title}`}
        >
          Go here
        </button>
      )}
    </li>
  )
}

import { formatCountdown, isTimerDone, timerRemainingMs } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { useIsFacilitator } from '../../adapters/useFacilitators'
import { playChime } from './chime'
import { useChimeAtZero } from './useChimeAtZero'
import { useNow } from './useNow'
import { setTimerSound, useTimerSound } from './useTimerSound'
import './timer.css'

const LOW_MS = 60_000

/**
 * The room's one clock, computed on every screen from the end time in the document, so a late
 * joiner sees the same time as everyone else. Under a minute it warms to amber, at zero it says
 * so calmly; nothing flashes. Facilitators get start/pause, +1 minute and reset.
 */
export function SharedTimer() {
  const { facilitation, readOnly } = useBoardSession()
  const timer = useBoardState((state) => state.board.meta.timer)
  const isFacilitator = useIsFacilitator()
  const soundOn = useTimerSound()
  const now = useNow(timer.state === 'running')
  useChimeAtZero(timer, now, soundOn && !readOnly)

  const remaining = timerRemainingMs(timer, now)
  const done = isTimerDone(timer, now)
  const tone = done
    ? 'done'
    : timer.state === 'running' && remaining <= LOW_MS
      ? 'low'
      : timer.state
  const caption = done ? 'Time’s up' : timer.state === 'paused' ? 'Paused' : null
  const digits = formatCountdown(remaining)
  const running = timer.state === 'running' && !done

  return (
    <div className={`timer timer-${tone}`} data-testid="timer" data-state={tone}>
      <div className="timer-face" role="timer" aria-label={`Timer: ${caption ?? digits}`}>
        <span className="timer-digits">{digits}</span>
        {caption && <span className="timer-caption">{caption}</span>}
      </div>
      {/* Announce the two moments that matter, not every second. */}
      <span className="visually-hidden" aria-live="polite">
        {done ? 'Time is up.' : tone === 'low' ? 'Less than a minute left.' : ''}
      </span>
      {isFacilitator && (
        <div className="timer-controls" role="group" aria-label="Timer controls">
          <button
            type="button"
            className="btn btn-quiet btn-icon timer-button"
            onClick={running ? facilitation.pauseTimer : facilitation.startTimer}
            aria-label={running ? 'Pause the timer' : 'Start the timer'}
            title={running ? 'Pause' : 'Start'}
            data-testid="timer-toggle"
          >
            <Icon name={running ? 'pause' : 'play'} size={18} />
          </button>
          <button
            type="button"
            className="btn btn-quiet timer-button timer-plus"
            onClick={facilitation.addMinute}
            aria-label="Add one minute"
            title="Add one minute"
          >
            +1
          </button>
          <button
            type="button"
            className="btn btn-quiet btn-icon timer-button"
            onClick={facilitation.resetTimer}
            aria-label="Reset the timer"
            title="Reset"
          >
            <Icon name="reset" size={18} />
          </button>
        </div>
      )}
      {!readOnly && (
        <button
          type="button"
          className="btn btn-quiet btn-icon timer-button timer-sound"
          aria-pressed={soundOn}
          aria-label="Chime at zero on this device"
          title={soundOn ? 'Chime at zero: on (this device only)' : 'Chime at zero: off'}
          onClick={() => {
            setTimerSound(!soundOn)
            // Turning it on is the click that lets the page play sound; it also previews it.
            if (!soundOn) playChime(0.12)
          }}
        >
          <Icon name={soundOn ? 'bell' : 'bellOff'} size={17} />
        </button>
      )}
    </div>
  )
}

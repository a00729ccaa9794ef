import { describe, expect, it } from 'vitest'
import {
  addTimerTime,
  formatCountdown,
  isTimerDone,
  pauseTimer,
  readTimer,
  resetTimer,
  startTimer,
  timerRemainingMs,
  MAX_TIMER_MS,
} from './timer'

const idle = readTimer({ state: 'idle', durationMs: 5 * 60_000 })

describe('timer', () => {
  it('counts down from an end time, so a late joiner sees the right time', () => {
    const running = startTimer(idle, 1_000)
    expect(running).toEqual({ state: 'running', durationMs: 300_000, endsAt: 301_000 })
    // A client that joins two minutes in computes the same remaining time from the same value.
    expect(timerRemainingMs(running, 121_000)).toBe(180_000)
    expect(isTimerDone(running, 301_000)).toBe(true)
    expect(timerRemainingMs(running, 999_999)).toBe(0)
  })

  it('pauses, resumes and adds a minute', () => {
    const paused = pauseTimer(startTimer(idle, 0), 60_000)
    expect(paused).toEqual({ state: 'paused', durationMs: 300_000, remainingMs: 240_000 })
    const resumed = startTimer(addTimerTime(paused, 60_000, 70_000), 100_000)
    expect(timerRemainingMs(resumed, 100_000)).toBe(300_000)
    expect(timerRemainingMs(addTimerTime(resumed, 60_000, 100_000), 100_000)).toBe(360_000)
  })

  it('adds a minute to a finished timer from now, not from the past end', () => {
    const finished = startTimer(idle, 0)
    const extended = addTimerTime(finished, 60_000, 400_000)
    expect(timerRemainingMs(extended, 400_000)).toBe(60_000)
  })

  it('resets to its length, or a new one', () => {
    expect(resetTimer(startTimer(idle, 0))).toEqual(idle)
    expect(resetTimer(idle, 10 * 60_000)).toEqual({ state: 'idle', durationMs: 600_000 })
  })

  it('repairs hostile values', () => {
    expect(readTimer('nonsense')).toEqual({ state: 'idle', durationMs: 300_000 })
    expect(readTimer({ state: 'paused', durationMs: 1e20, remainingMs: -5 })).toEqual({
      state: 'paused',
      durationMs: MAX_TIMER_MS,
      remainingMs: 0,
    })
  })

  it('formats the countdown', () => {
    expect(formatCountdown(0)).toBe('0:00')
    expect(formatCountdown(59_001)).toBe('1:00')
    expect(formatCountdown(5 * 60_000)).toBe('5:00')
    expect(formatCountdown(3_725_000)).toBe('1:02:05')
  })
})

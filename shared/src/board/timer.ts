import type * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { readRecord, readTime } from './sanitize'
import { wearsHat, type HatWearer } from './facilitation'
import type { Timer } from './schema'

// The timer is one value in the document: an end time while it runs, the time left while it is
// paused. Every client computes the countdown from its own clock, so nothing ticks through the
// network and a late joiner sees the right time at once.

/** Longest countdown anyone can set. */
export const MAX_TIMER_MS = 4 * 60 * 60 * 1000
/** What a fresh board's timer is set to. */
export const DEFAULT_TIMER_MS = 5 * 60 * 1000

/** Reads the timer, repairing a malformed value into an idle default. */
export function readTimer(value: unknown): Timer {
  const record = readRecord(value)
  const durationMs = clampDuration(record?.durationMs)
  if (record?.state === 'running')
    return { state: 'running', durationMs, endsAt: readTime(record.endsAt) }
  if (record?.state === 'paused') {
    return { state: 'paused', durationMs, remainingMs: clampDuration(record.remainingMs) }
  }
  return { state: 'idle', durationMs }
}

/** Milliseconds left at `now` (never negative). */
export function timerRemainingMs(timer: Timer, now: number): number {
  switch (timer.state) {
    case 'idle':
      return timer.durationMs
    case 'paused':
      return timer.remainingMs
    case 'running':
      return Math.max(0, timer.endsAt - now)
  }
}

/** Whether a running timer has reached zero at `now`. */
export function isTimerDone(timer: Timer, now: number): boolean {
  return timer.state === 'running' && timer.endsAt <= now
}

/** Formats milliseconds as m:ss (or h:mm:ss), rounding up so "0:00" means really over. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`
}

/** The timer after "start" (or resume) at `now`. */
export function startTimer(timer: Timer, now: number): Timer {
  if (timer.state === 'running') return timer
  const remaining = timer.state === 'paused' ? timer.remainingMs : timer.durationMs
  return { state: 'running', durationMs: timer.durationMs, endsAt: now + remaining }
}

/** The timer after "pause" at `now`. */
export function pauseTimer(timer: Timer, now: number): Timer {
  if (timer.state !== 'running') return timer
  return {
    state: 'paused',
    durationMs: timer.durationMs,
    remainingMs: timerRemainingMs(timer, now),
  }
}

/** The timer with `ms` more on the clock (a running timer that had finished restarts from now). */
export function addTimerTime(timer: Timer, ms: number, now: number): Timer {
  switch (timer.state) {
    case 'idle':
      return { state: 'idle', durationMs: clampDuration(timer.durationMs + ms) }
    case 'paused':
      return { ...timer, remainingMs: clampDuration(timer.remainingMs + ms) }
    case 'running':
      return { ...timer, endsAt: Math.min(Math.max(timer.endsAt, now) + ms, now + MAX_TIMER_MS) }
  }
}

/** The timer back at the start, not running; `durationMs` sets a new length. */
export function resetTimer(timer: Timer, durationMs = timer.durationMs): Timer {
  return { state: 'idle', durationMs: clampDuration(durationMs) }
}

/** Writes a new timer value to the board; false unless `by` wears the facilitator hat. */
export function setTimer(doc: Y.Doc, timer: Timer, by: HatWearer, origin?: unknown): boolean {
  if (!wearsHat(doc, by.participantId)) return false
  doc.transact(() => getBoardRoots(doc).meta.set('timer', { ...timer }), origin)
  return true
}

/**
 * Changes the board's timer as it is now (start, pause, add time, reset: `change` gets the timer
 * and this device's clock); false unless `by` wears the facilitator hat.
 */
export function updateTimer(
  doc: Y.Doc,
  change: (timer: Timer, now: number) => Timer,
  by: HatWearer,
  origin?: unknown,
): boolean {
  const timer = readTimer(getBoardRoots(doc).meta.get('timer'))
  return setTimer(doc, change(timer, Date.now()), by, origin)
}

function clampDuration(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_TIMER_MS
  return Math.max(0, Math.min(MAX_TIMER_MS, Math.round(value)))
}

import { useEffect, useRef } from 'react'
import type { Timer } from '@coboard/shared'
import { playChime } from './chime'

/** A chime that arrives later than this after zero (a sleeping tab, a late joiner) is skipped. */
const LATE_LIMIT_MS = 5000

/**
 * Chimes once when the shared timer reaches zero on this screen, if this device has the sound
 * on. Keyed by the end time, so re-renders, +1 minute and a restart each chime at most once.
 */
export function useChimeAtZero(timer: Timer, now: number, enabled: boolean): void {
  const chimedFor = useRef<number | null>(null)
  const endsAt = timer.state === 'running' ? timer.endsAt : null
  useEffect(() => {
    if (!enabled || endsAt === null || chimedFor.current === endsAt) return
    const late = now - endsAt
    if (late < 0) return
    chimedFor.current = endsAt
    if (late < LATE_LIMIT_MS) playChime()
  }, [enabled, endsAt, now])
}

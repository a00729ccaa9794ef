import { useSyncExternalStore } from 'react'

// One shared clock for every countdown on the page. The snapshot is rounded to the tick, so
// React sees a stable value between ticks and the whole page re-renders at most four times a
// second, and only while something is actually counting down.

const TICK_MS = 250
const listeners = new Set<() => void>()
let interval: ReturnType<typeof setInterval> | undefined

function subscribe(listener: () => void) {
  listeners.add(listener)
  interval ??= setInterval(() => listeners.forEach((notify) => notify()), TICK_MS)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      clearInterval(interval)
      interval = undefined
    }
  }
}

const idle = () => () => {}
const readClock = () => Math.floor(Date.now() / TICK_MS) * TICK_MS

/** This device's time in ms, ticking while `active`; otherwise read once per render. */
export function useNow(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : idle, readClock)
}

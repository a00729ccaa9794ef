import { useSyncExternalStore } from 'react'

// Whether this device chimes when the shared timer reaches zero. Off by default: a room full of
// laptops all chiming at once would be the opposite of gentle. Kept per device, never synced.

const KEY = 'coboard:timer-sound'
const listeners = new Set<() => void>()
let soundOn: boolean | null = null

function read(): boolean {
  if (soundOn === null) {
    try {
      soundOn = window.localStorage.getItem(KEY) === 'on'
    } catch {
      soundOn = false
    }
  }
  return soundOn
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Turns the chime on or off for this device (remembered when storage allows). */
export function setTimerSound(on: boolean): void {
  soundOn = on
  try {
    window.localStorage.setItem(KEY, on ? 'on' : 'off')
  } catch {
    // Storage refused: the setting lasts until the page closes, which is good enough.
  }
  listeners.forEach((notify) => notify())
}

/** Whether this device plays a chime at zero. */
export function useTimerSound(): boolean {
  return useSyncExternalStore(subscribe, read)
}

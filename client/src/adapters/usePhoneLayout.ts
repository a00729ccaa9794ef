import { useSyncExternalStore } from 'react'
import { readTabValue, writeTabValue } from '../core/lib/tabStorage'

// A phone gets its own participant view instead of a giant canvas to pan. The choice follows
// the screen (a narrow window, or a short one in landscape on a touch screen), and a person can
// override it either way; the override lasts for this tab only, so it never surprises them on
// another board or another day.

const NARROW = '(max-width: 640px), (max-height: 500px) and (pointer: coarse)'
const CHOICE_KEY = 'coboard:layout'
const CHANGE_EVENT = 'coboard:layout-change'

type Choice = 'phone' | 'full' | null

// Kept here too, for browsers that refuse sessionStorage: the choice then lasts until reload.
let chosenHere: Choice = null

const readChoice = (): Choice => {
  const value = readTabValue(CHOICE_KEY)
  return value === 'phone' || value === 'full' ? value : chosenHere
}

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(NARROW)
  query.addEventListener('change', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    query.removeEventListener('change', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

const isPhone = () => {
  const choice = readChoice()
  return choice ? choice === 'phone' : window.matchMedia(NARROW).matches
}

/** Whether the screen is phone-sized, whatever view its person chose. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches)
}

/** Whether this screen shows the phone view of a board. */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribe, isPhone)
}

/** Switches between the phone view and the full board for this tab. */
export function chooseLayout(choice: 'phone' | 'full'): void {
  chosenHere = choice
  writeTabValue(CHOICE_KEY, choice)
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

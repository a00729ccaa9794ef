import { create } from 'zustand'

// Sentences about this device's own actions that have no visible text change to read, such as
// "Colour: pink" after a keyboard shortcut. They go through the same polite region as others'
// activity, so a screen reader user has one place to listen.

/** One sentence for the live region; `seq` makes the same words twice count as new. */
export interface Announcement {
  readonly text: string
  readonly seq: number
}

const useOwnAnnouncement = create<Announcement>()(() => ({ text: '', seq: 0 }))

/** Says `text` politely through the board's live region. */
export function announce(text: string): void {
  useOwnAnnouncement.setState((last) => ({ text, seq: last.seq + 1 }))
}

/** The latest sentence passed to `announce`. */
export const useOwnAnnouncementText = (): Announcement => useOwnAnnouncement()

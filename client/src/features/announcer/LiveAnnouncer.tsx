import { useEffect, useState } from 'react'
import { useOwnAnnouncementText, type Announcement } from '../../adapters/announce'
import { useActivityFeed } from './useActivityFeed'

/**
 * The polite live region that tells screen reader users what others are doing. It is in the
 * page from the start (a region added together with its text is often not read), and it is
 * emptied for a moment before each new sentence, so a repeated sentence is read again.
 */
export function LiveAnnouncer() {
  const others = useActivityFeed()
  const own = useOwnAnnouncementText()
  const [spoken, setSpoken] = useState('')
  useSpeak(others, setSpoken)
  useSpeak(own, setSpoken)

  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-announcer"
    >
      {spoken}
    </div>
  )
}

/** Puts each new sentence in the region after emptying it, so repeats are read again. */
function useSpeak(message: Announcement, setSpoken: (text: string) => void) {
  useEffect(() => {
    if (!message.text) return
    const clear = setTimeout(() => setSpoken(''), 0)
    const say = setTimeout(() => setSpoken(message.text), 60)
    return () => {
      clearTimeout(clear)
      clearTimeout(say)
    }
  }, [message, setSpoken])
}

import { useEffect, useState } from 'react'

/** How long "Copied" stays after a copy, long enough to read, short enough to copy again. */
const SHOWN_MS = 2000

/** Whether "Copied" should show now, and the call that shows it after a copy worked. */
export function useCopied(): readonly [copied: boolean, showCopied: () => void] {
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), SHOWN_MS)
    return () => clearTimeout(timer)
  }, [copied])
  return [copied, () => setCopied(true)]
}

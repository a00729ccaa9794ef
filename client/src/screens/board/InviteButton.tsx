import { useEffect, useState } from 'react'
import { Icon } from '../../ui/Icon'

/** Copies this page's participant link, so anyone in the room can bring in someone else. */
export function InviteButton() {
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), 2000)
    return () => clearTimeout(timer)
  }, [copied])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setCopied(true)
    } catch {
      window.prompt('Copy this participant link:', window.location.href)
    }
  }

  return (
    <button
      type="button"
      className="btn btn-quiet topbar-invite"
      onClick={copy}
      title="Copy the participant link: anyone who has it can edit this board"
    >
      <Icon name={copied ? 'check' : 'copy'} size={18} />
      <span aria-live="polite" className="topbar-invite-label">
        {copied ? 'Link copied' : 'Copy invite link'}
      </span>
    </button>
  )
}

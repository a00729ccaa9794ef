import { useCopied } from '../../ui/useCopied'
import { useBoardSession } from '../../adapters/BoardProvider'
import { Icon } from '../../ui/Icon'
import { usePopover } from '../../ui/usePopover'
import { readLinkKey } from '../../core/routing/linkKey'
import { projectorLinkFromBoard } from '../../core/routing/joinLink'
import './inviteMenu.css'

/**
 * Bringing people and the room in: copy this page's participant link, or open the projector view
 * (the board read-only, with a code to join) in a new tab, so a facilitator who closed the start
 * page can still put the board on the screen.
 */
export function InviteMenu() {
  const { boardId } = useBoardSession()
  const [copied, showCopied] = useCopied()
  const { open, close, rootRef, panelId, triggerProps } = usePopover()

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      showCopied()
    } catch {
      window.prompt('Copy this participant link:', window.location.href)
    }
  }
  // Read when drawn, not kept: the key is this page's own, in its fragment.
  const key = readLinkKey(window.location.hash)
  const projectorUrl =
    key?.access === 'edit'
      ? projectorLinkFromBoard(window.location.origin, boardId, key.token)
      : key && `${window.location.origin}/b/${boardId}/projector#view=${key.token}`

  return (
    <div className="invite" ref={rootRef}>
      <button
        type="button"
        className="btn btn-quiet topbar-invite"
        {...triggerProps}
        title="Invite people, or show the board on the projector"
        data-testid="invite-button"
      >
        <Icon name="people" size={18} />
        <span className="topbar-invite-label">Invite</span>
      </button>
      {open && (
        <div id={panelId} className="invite-panel" role="group" aria-label="Invite">
          <button type="button" className="invite-row" onClick={copy} data-testid="copy-invite">
            <Icon name={copied ? 'check' : 'copy'} size={18} />
            <span>
              <span className="invite-title" aria-live="polite">
                {copied ? 'Link copied' : 'Copy invite link'}
              </span>
              <span className="invite-hint">
                The participant link: anyone who has it can edit this board.
              </span>
            </span>
          </button>
          {projectorUrl && (
            <a
              className="invite-row"
              href={projectorUrl}
              target="_blank"
              rel="noopener noreferrer"
              onClick={close}
              data-testid="open-projector"
            >
              <Icon name="board" size={18} />
              <span>
                <span className="invite-title">Open the projector view</span>
                <span className="invite-hint">
                  {key?.access === 'edit'
                    ? 'For the screen in the room: the board to look at, with a code to join.'
                    : 'For the screen in the room: the board to look at.'}
                </span>
              </span>
            </a>
          )}
        </div>
      )}
    </div>
  )
}

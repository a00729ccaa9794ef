import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { useUi, useUiStore } from '../../adapters/useUi'
import { NOTICE_SHOW_MS } from '../../core/sync/serverNotices'
import { CloseButton } from '../../ui/CloseButton'
import { Icon } from '../../ui/Icon'
import { useNoticeSpot, type NoticeScreen } from './useNoticeSpot'
import './notices.css'

/**
 * What the server last told this person, in words: why it closed the connection, or that it cut
 * their edit to the board's limits (core/sync/serverNotices.ts). Warnings are read out at once
 * (role="alert"), information politely (role="status"). Both live regions are in the page from
 * the start and hold only the words, so a screen reader reads the message and not the button;
 * a region added together with its text is often not read at all.
 */
export function NoticeToast({ screen }: { readonly screen: NoticeScreen }) {
  const ui = useUiStore()
  const notice = useUi((state) => state.notice)
  const areaRef = useRef<HTMLDivElement>(null)
  const noticeRef = useRef<HTMLDivElement>(null)
  const { spot, top } = useNoticeSpot(areaRef, noticeRef, notice !== null, screen)
  const [pointed, setPointed] = useState(false)
  const [focused, setFocused] = useState(false)
  // Where focus was before it came into the notice, to go back there once it is dismissed.
  const cameFrom = useRef<HTMLElement | null>(null)
  const id = notice?.id ?? null

  useEffect(() => {
    if (id === null || pointed || focused) return
    const timer = setTimeout(() => ui.getState().dismissNotice(id), NOTICE_SHOW_MS)
    return () => clearTimeout(timer)
  }, [id, pointed, focused, ui])

  const dismiss = () => {
    if (id === null) return
    const back = cameFrom.current
    ui.getState().dismissNotice(id)
    setPointed(false)
    setFocused(false)
    if (back?.isConnected) back.focus({ preventScroll: true })
  }
  const onFocus = (event: FocusEvent) => {
    if (!focused && event.relatedTarget instanceof HTMLElement)
      cameFrom.current = event.relatedTarget
    setFocused(true)
  }
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    // Escape here closes the notice only, not whatever the board does with Escape.
    event.stopPropagation()
    dismiss()
  }

  return (
    <div
      ref={areaRef}
      className={`notices is-${spot}`}
      style={spot === 'top' && top > 0 ? { paddingTop: top } : undefined}
    >
      <div
        ref={noticeRef}
        className={notice ? `notice notice-${notice.tone}` : 'notice is-empty'}
        data-testid="server-notice"
        data-tone={notice?.tone}
        onPointerEnter={() => setPointed(true)}
        onPointerLeave={() => setPointed(false)}
        onFocus={onFocus}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      >
        {notice && (
          <span className="notice-icon">
            <Icon name={notice.tone === 'warning' ? 'warning' : 'info'} size={18} />
          </span>
        )}
        <div className="notice-text" role="alert" aria-atomic="true">
          {notice?.tone === 'warning' ? notice.text : ''}
        </div>
        <div className="notice-text" role="status" aria-atomic="true">
          {notice?.tone === 'info' ? notice.text : ''}
        </div>
        {notice && (
          <CloseButton
            className="notice-dismiss"
            label="Dismiss message"
            title="Dismiss"
            onClick={dismiss}
            iconSize={18}
            testId="server-notice-dismiss"
          />
        )}
      </div>
    </div>
  )
}

import { useLayoutEffect, useRef } from 'react'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useMeta } from '../../adapters/useBoard'
import { roleColor, roleLabel } from '../../ui/voices/roleColors'
import { useRemoteCursors } from './useRemoteCursors'
import './cursors.css'

/**
 * Other people's pointers, drawn inside the board's world so panning and zooming move them with
 * the notes for free. Each label is scaled by 1/zoom (a CSS variable set outside React), so it
 * stays the same size on screen at any zoom. Positions arrive about 12 times a second; a short
 * CSS transition on the transform glides between them while few people are pointing. In a
 * crowd the pointers step instead: twenty gliding pointers cost a slow laptop a third of its
 * frames (30 against 43 a second at 4× CPU in the bench), and the board matters more.
 *
 * Decorative for screen readers: who is here is in the people list, and what they do is
 * announced by the live region.
 */
/** More pointers than this move by steps, not glides (see above). */
const GLIDING_CURSORS = 6

export function CursorLayer() {
  const { ui } = useBoardSession()
  const { roles } = useMeta()
  const cursors = useRemoteCursors()
  const layerRef = useRef<HTMLDivElement>(null)

  useLayoutEffect(() => {
    // Set on the world (this layer's parent), so labels on cards, such as "Amina is typing…",
    // can use it too and stay readable when the board is zoomed out.
    const apply = (zoom: number) =>
      layerRef.current?.parentElement?.style.setProperty('--cursor-scale', `${1 / zoom}`)
    apply(ui.getState().viewport.zoom)
    return ui.subscribe((state, previous) => {
      if (state.viewport.zoom !== previous.viewport.zoom) apply(state.viewport.zoom)
    })
  }, [ui])

  return (
    <div
      ref={layerRef}
      className={`cursor-layer${cursors.length > GLIDING_CURSORS ? ' is-crowded' : ''}`}
      aria-hidden="true"
    >
      {cursors.map((cursor) => {
        const colour = roleColor(cursor.role, roles)
        return (
          <div
            key={cursor.clientId}
            className="cursor"
            style={{ transform: `translate(${cursor.x}px, ${cursor.y}px)` }}
            data-testid="remote-cursor"
          >
            <div className="cursor-body">
              <svg width="20" height="22" viewBox="0 0 20 22" className="cursor-arrow">
                <path
                  d="M2 2l6.5 17 2.6-7.3L18 9z"
                  fill={colour}
                  stroke="#fff"
                  strokeWidth="1.6"
                  strokeLinejoin="round"
                />
              </svg>
              <span className="cursor-label" style={{ background: colour }}>
                {cursor.name || 'Someone'}
                <span className="cursor-role">{roleLabel(cursor.role, roles)}</span>
              </span>
            </div>
          </div>
        )
      })}
    </div>
  )
}

import type { ReactNode } from 'react'
import './sidePanel.css'

/**
 * Where side panels sit: along the right edge, between the top bar and the zoom controls, side
 * by side when several are open (the first child nearest the canvas). Empty space in the dock
 * lets pointer events through to the board.
 */
export function SideDock({ children }: { children: ReactNode }) {
  return <div className="side-dock">{children}</div>
}

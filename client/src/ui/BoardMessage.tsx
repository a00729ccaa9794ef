import type { ReactNode } from 'react'
import './message.css'

interface BoardMessageProps {
  readonly title: string
  readonly children: ReactNode
  readonly tone?: 'info' | 'problem'
}

/** A full-screen message in place of the board: missing key, refused link, loading. */
export function BoardMessage({ title, children, tone = 'info' }: BoardMessageProps) {
  return (
    <main className="board-message">
      <div
        className={`board-message-card board-message-${tone}`}
        role={tone === 'problem' ? 'alert' : 'status'}
      >
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  )
}

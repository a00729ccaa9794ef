import { useState } from 'react'
import type { CreateBoardResponse } from '@coboard/shared'
import { BoardLinks } from './BoardLinks'
import { CreateBoardForm } from './CreateBoardForm'
import { ImportBoardButton } from './ImportBoardButton'
import { JoinCodeEntry } from './JoinCodeEntry'
import './landing.css'

/** The front door: join with a code, or create a board and then hand out its links. */
export function LandingPage() {
  const [created, setCreated] = useState<{ board: CreateBoardResponse; title: string } | null>(null)
  return (
    <main className="landing">
      <header className="landing-brand">
        <span className="landing-logo" aria-hidden="true" />
        <span className="landing-name">Coboard</span>
      </header>
      <div className="landing-intro">
        <h1>Work it out together, on one board.</h1>
        <p>
          A live board of sticky notes for co-production workshops. People who use a service and
          people who run it add their ideas side by side, on equal terms, from a laptop, a phone or
          the screen in the room.
        </p>
      </div>
      {created ? (
        <BoardLinks board={created.board} title={created.title} />
      ) : (
        <>
          <JoinCodeEntry />
          <CreateBoardForm onCreated={(board, title) => setCreated({ board, title })} />
          <ImportBoardButton onImported={(board, title) => setCreated({ board, title })} />
        </>
      )}
    </main>
  )
}

import { useState } from 'react'
import { formatJoinCode, normaliseJoinCode } from '@coboard/shared'
import type { JoinFailure } from '../core/api/joinWithCode'
import { JoinCodeForm } from '../features/joinCode/JoinCodeForm'
import { useJoinWithCode } from '../features/joinCode/useJoinWithCode'
import { keepCodesWhole } from '../features/joinCode/keepCodesWhole'
import '../features/joinCode/joinCode.css'

/** Longest piece of a mistyped link repeated back on the page. */
const QUOTE_LENGTH = 24

const FAILURE_HEADINGS: Readonly<Record<JoinFailure, string>> = {
  'wrong-code': 'Check the join code',
  'too-many-tries': 'Wait a moment',
  unreachable: 'No connection',
  'server-error': 'Something went wrong',
}

/**
 * `/j/:code`, the short join link people type from the projector. A code that reads as one is
 * looked up at once ("Joining…"), and the page is replaced by the board's participant link, so
 * it never stays in the history. When the code is wrong, unknown, or tried too often, the page
 * says so in words and offers the field to type it again.
 */
export function JoinCodeRoute({ code: typed }: { code: string }) {
  const [code, setCode] = useState(() => normaliseJoinCode(typed))
  const [attempt, setAttempt] = useState(0)
  const status = useJoinWithCode(code, attempt)

  const retype = (next: string) => {
    setCode(next)
    setAttempt((count) => count + 1)
    // The address shows the code being tried, so a reload tries it again.
    window.history.replaceState(null, '', `/j/${formatJoinCode(next)}`)
  }

  if (status.kind === 'joining') {
    return (
      <main className="join-code-page">
        <div className="join-code-card" role="status" data-testid="join-code-joining">
          <span className="join-code-spinner" aria-hidden="true" />
          <h1 className="join-code-heading">Joining the board…</h1>
          {code && <p className="join-code-shown">{formatJoinCode(code)}</p>}
        </div>
      </main>
    )
  }

  const notACode = code === null && typed.trim() !== ''
  const heading =
    status.kind === 'failed'
      ? FAILURE_HEADINGS[status.reason]
      : notACode
        ? FAILURE_HEADINGS['wrong-code']
        : 'Join a workshop'
  const problem =
    status.kind === 'failed'
      ? status.message
      : notACode
        ? `“${quote(typed)}” is not a join code. A join code has 8 letters and digits, like K7QM-3XPA.`
        : null

  return (
    <main className="join-code-page">
      <section className="join-code-card" aria-labelledby="join-code-heading">
        <p className="join-code-brand">
          <span className="join-code-logo" aria-hidden="true" />
          Coboard
        </p>
        <h1 id="join-code-heading" className="join-code-heading">
          {heading}
        </h1>
        {problem && (
          <p className="alert join-code-error" role="alert" data-testid="join-code-error">
            {keepCodesWhole(problem)}
          </p>
        )}
        <JoinCodeForm
          key={attempt}
          initialText={code ? formatJoinCode(code) : typed}
          autoFocus={problem === null}
          onJoin={retype}
        />
      </section>
    </main>
  )
}

function quote(text: string): string {
  const trimmed = text.trim()
  return trimmed.length > QUOTE_LENGTH ? `${trimmed.slice(0, QUOTE_LENGTH)}…` : trimmed
}

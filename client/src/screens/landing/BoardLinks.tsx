import { useEffect, useRef } from 'react'
import type { CreateBoardResponse } from '@coboard/shared'
import { Icon } from '../../ui/Icon'
import { CopyField } from './CopyField'

/** The two links of a new board, and plain words about what holding them means. */
export function BoardLinks(props: { board: CreateBoardResponse; title: string }) {
  const { board } = props
  // The projector link also carries the participant token, for the join code it shows the room.
  const { projectorUrl } = board
  const headingRef = useRef<HTMLHeadingElement>(null)
  // The form that had the focus is gone: the board's name, first of what replaced it, takes it.
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <section className="landing-card" aria-labelledby="links-heading">
      <p className="landing-eyebrow">Board ready</p>
      <h2 id="links-heading" className="landing-heading" ref={headingRef} tabIndex={-1}>
        {props.title}
      </h2>
      <p className="landing-lead">
        Share the participant link with everyone taking part. Anyone who has it can add, edit and
        move notes: <strong>everyone is an equal editor and the board has no owner</strong>.
      </p>

      <CopyField
        label="Participant link"
        hint="Send this to everyone taking part. It lets them edit."
        value={board.editUrl}
        testId="participant-link"
      />
      <CopyField
        label="Projector link"
        hint="Open this on the screen in the room. It cannot edit, but it shows a code to join, so share it as carefully as the participant link."
        value={projectorUrl}
        testId="projector-link"
      />

      <div className="landing-keysafe" role="note">
        <Icon name="lock" size={20} />
        <p>
          <strong>These links are the only key to the board.</strong> There is no password and no
          account, so share them only with the people in the workshop. Save them somewhere safe now:
          Coboard does not keep the links, so it cannot show them to you again.
        </p>
      </div>

      <div className="landing-actions">
        {/* A new tab, as its icon says: this page holds the only copy of the links. */}
        <a
          className="btn btn-primary landing-open"
          href={board.editUrl}
          target="_blank"
          rel="noopener noreferrer"
        >
          Open board
          <span className="visually-hidden"> (opens in a new tab)</span>
          <Icon name="open" size={18} />
        </a>
        <a
          className="btn landing-open-projector"
          href={projectorUrl}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="open-projector"
        >
          Open projector
          <span className="visually-hidden"> (opens in a new tab)</span>
          <Icon name="open" size={18} />
        </a>
      </div>
    </section>
  )
}

import { memo } from 'react'
import { REFRAME_HEIGHT, REFRAME_WIDTH, acceptingSides, type ItemId } from '@coboard/shared'
import { useItem, useParticipants } from '../../adapters/useBoard'
import { Glyph } from '../../ui/voices/Glyph'
import { usePresentRoles } from '../../adapters/usePresentRoles'
import { RoleTag } from '../../ui/voices/RoleTag'
import { AcceptanceRow, isAcceptedByAllSides } from '../../ui/voices/AcceptanceRow'
import { CardFrame } from '../../canvas/CardFrame'
import { SharedTextField } from '../../ui/SharedTextField'
import { ConsentSelect } from '../../ui/consent/ConsentSelect'
import { RoomOnlyMark } from '../../ui/consent/RoomOnlyMark'
import { useUi } from '../../adapters/useUi'
import './reframes.css'
import { countRender } from '../../core/lib/renderCounts'
import { acceptanceSummary } from '../../ui/voices/agreementWords'
import { reframeDescription } from '../../ui/voices/cardNames'
import { useAuthorName } from '../../ui/voices/useRoleLabel'

/** Shorter rewrites get bigger type, so "We could…" reads from the back of the room. */
function weSize(text: string): string {
  if (text.length <= 60) return 'reframe-we-l'
  if (text.length <= 95) return 'reframe-we-m'
  if (text.length <= 150) return 'reframe-we-s'
  return 'reframe-we-xs'
}

/**
 * A "they → we" card: what was said about another party (with the side of whoever said it),
 * an arrow, and what we could do together, in a bolder voice. Both halves are edited in place;
 * each side accepts the rewrite for itself. Selected, it offers its author (or, stricter only,
 * a facilitator) the choice of how it may leave the room, under the card.
 */
export const ReframeCard = memo(function ReframeCard({ id }: { id: ItemId }) {
  countRender('ReframeCard')
  const item = useItem(id)
  const present = usePresentRoles()
  const roster = useParticipants()
  const selected = useUi((state) => state.selectedId === id && state.editingId !== id)
  const author = useAuthorName(item?.authorId)
  if (!item || item.kind !== 'reframe') return null

  const accepted = [...acceptingSides(item.acceptedBy, roster)]
  const all = isAcceptedByAllSides(accepted, present)
  const description = reframeDescription(
    author,
    acceptanceSummary(accepted.length, present.length, all),
  )
  return (
    <CardFrame
      id={id}
      x={item.x}
      y={item.y}
      width={REFRAME_WIDTH}
      height={REFRAME_HEIGHT}
      className={`reframe${all ? ' is-accepted-by-all' : ''}`}
      roleDescription="reframe card"
      description={description}
      testId="reframe-card"
      defaultField="we"
      body={(editField, done) => (
        <>
          <section className="reframe-they" data-edit-field="they">
            <div className="reframe-kicker">
              <span>They said</span>
              <RoleTag role={item.theyRole} size="small" />
            </div>
            {editField ? (
              <SharedTextField
                itemId={id}
                field="they"
                value={item.they}
                label="They said"
                multiline
                className="cocard-input reframe-they-input"
                autoFocus={editField === 'they'}
                onDone={done}
                testId="reframe-they-editor"
              />
            ) : (
              <p className="reframe-they-text">{item.they || 'What was said'}</p>
            )}
          </section>
          <section className="reframe-we" data-edit-field="we">
            <span className="reframe-arrow" aria-hidden="true">
              <Glyph name="arrowDown" size={16} />
            </span>
            {editField ? (
              <SharedTextField
                itemId={id}
                field="we"
                value={item.we}
                label="We could"
                multiline
                placeholder="We could…"
                className={`cocard-input reframe-we-input ${weSize(item.we)}`}
                autoFocus={editField === 'we'}
                onDone={done}
                testId="reframe-we-editor"
              />
            ) : (
              <p className={`reframe-we-text ${weSize(item.we)}`}>{item.we || 'We could…'}</p>
            )}
          </section>
        </>
      )}
      footer={
        <>
          <AcceptanceRow reframe={item} status="ribbon" />
          <RoomOnlyMark id={id} />
          {selected && (
            <div className="reframe-consent">
              <ConsentSelect id={id} noun="card" />
            </div>
          )}
        </>
      }
    />
  )
})

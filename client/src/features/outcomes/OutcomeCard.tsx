import { memo } from 'react'
import {
  MAX_DETAIL_LENGTH,
  OUTCOME_HEIGHT,
  OUTCOME_WIDTH,
  isAgreedByAll,
  type ItemId,
} from '@coboard/shared'
import { useItem, useParticipants } from '../../adapters/useBoard'
import { CardFrame } from '../../canvas/CardFrame'
import { SharedTextField } from '../../ui/SharedTextField'
import { AgreedBadge } from './AgreedBadge'
import { Glyph } from '../../ui/voices/Glyph'
import { RoleAgreementList } from '../../ui/voices/RoleAgreementList'
import { StanceButtons } from '../../ui/voices/StanceButtons'
import { StanceReasons } from '../../ui/voices/StanceReasons'
import { usePresentRoles } from '../../adapters/usePresentRoles'
import './outcomeCard.css'
import { countRender } from '../../core/lib/renderCounts'
import { outcomeDescription } from '../../ui/voices/cardNames'
import { useAuthorName, useRoleLabel } from '../../ui/voices/useRoleLabel'

type CardField = 'outcome' | 'measure' | 'baseline' | 'target'

const FIELDS: Record<CardField, { label: string; placeholder: string; multiline: boolean }> = {
  outcome: { label: 'Outcome', placeholder: 'What should change?', multiline: true },
  measure: { label: 'How we’ll know', placeholder: 'How will we know?', multiline: true },
  baseline: { label: 'Baseline', placeholder: 'Now', multiline: false },
  target: { label: 'Target', placeholder: 'Target', multiline: false },
}

/**
 * An outcome of the evaluation framework on the board: what should change, how we'll know,
 * where it starts and where it should get to, and where each side stands, with this person's
 * own Agree / Concerns / Object. The framework panel shows every field of every outcome.
 */
export const OutcomeCard = memo(function OutcomeCard({ id }: { id: ItemId }) {
  countRender('OutcomeCard')
  const item = useItem(id)
  const present = usePresentRoles()
  const roster = useParticipants()
  const author = useAuthorName(item?.authorId)
  const side = useRoleLabel(item?.role ?? '')
  if (!item || item.kind !== 'outcome') return null
  const agreed = isAgreedByAll(item, present, roster)
  const description = outcomeDescription(author, side)

  return (
    <CardFrame
      id={id}
      x={item.x}
      y={item.y}
      width={OUTCOME_WIDTH}
      height={OUTCOME_HEIGHT}
      className={`outcome${agreed ? ' is-agreed-by-all' : ''}`}
      roleDescription="outcome card"
      description={description}
      testId="outcome-card"
      defaultField="outcome"
      body={(editField, done) => {
        const field = (name: CardField, className: string, shown: string) =>
          editField ? (
            <SharedTextField
              itemId={id}
              field={name}
              value={item[name]}
              label={FIELDS[name].label}
              placeholder={FIELDS[name].placeholder}
              multiline={FIELDS[name].multiline}
              maxLength={FIELDS[name].multiline ? undefined : MAX_DETAIL_LENGTH}
              className={`cocard-input ${className}-input`}
              autoFocus={editField === name}
              onDone={done}
              testId={`outcome-${name}-editor`}
            />
          ) : (
            <p className={`${className}${item[name] ? '' : ' is-empty'}`}>{item[name] || shown}</p>
          )
        return (
          <>
            <div className="outcome-band">
              <Glyph name="target" size={16} />
              <span className="outcome-kicker">Outcome</span>
              <AgreedBadge outcome={item} />
            </div>
            <div className="outcome-main" data-edit-field="outcome">
              {field('outcome', 'outcome-text', 'What should change?')}
            </div>
            <div className="outcome-measure" data-edit-field="measure">
              {editField ? (
                <>
                  <span className="outcome-label">How we’ll know</span>
                  {field('measure', 'outcome-measure-text', '')}
                </>
              ) : (
                <p className={`outcome-measure-text${item.measure ? '' : ' is-empty'}`}>
                  <span className="outcome-label">How we’ll know </span>
                  {item.measure || 'not decided yet'}
                </p>
              )}
            </div>
            <div className="outcome-path">
              <span
                className="outcome-path-part"
                data-edit-field="baseline"
                title={item.baseline || undefined}
              >
                <span className="outcome-label">Now</span>
                {field('baseline', 'outcome-path-text', '—')}
              </span>
              <span className="outcome-path-arrow" aria-hidden="true">
                →
              </span>
              <span
                className="outcome-path-part"
                data-edit-field="target"
                title={item.target || undefined}
              >
                <span className="outcome-label">Target</span>
                {field('target', 'outcome-path-text', '—')}
              </span>
            </div>
          </>
        )
      }}
      footer={
        <div className="outcome-footer">
          <RoleAgreementList outcome={item} layout="card" />
          <StanceReasons outcome={item} layout="card" />
          <StanceButtons outcome={item} size="card" />
        </div>
      }
    />
  )
})

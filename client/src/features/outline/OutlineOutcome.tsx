import { memo } from 'react'
import type { ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useItem } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { RoleAgreementList } from '../../ui/voices/RoleAgreementList'
import { StanceButtons } from '../../ui/voices/StanceButtons'
import { SharedTextField } from '../../ui/SharedTextField'
import { useOutlineVotes } from './useOutlineVotes'
import { ListDots } from '../../ui/dots/ListDots'
import { StanceReasons } from '../../ui/voices/StanceReasons'
import { FRAMEWORK_COLUMNS } from '../../ui/voices/outcomeFields'

/** An outcome as text: what should change and how we will know, and where each side stands. */
export const OutlineOutcome = memo(function OutlineOutcome(props: {
  id: ItemId
  autoFocus?: boolean
}) {
  const { id } = props
  const { actions, readOnly } = useBoardSession()
  const outcome = useItem(id)
  const votes = useOutlineVotes(id)
  if (!outcome || outcome.kind !== 'outcome') return null

  return (
    <li className="outline-card" data-testid="outline-outcome">
      <p className="outline-card-kind">
        Outcome{votes && <span className="outline-votes">{votes}</span>}
      </p>
      {readOnly ? (
        <>
          <p className="outline-text">{outcome.outcome}</p>
          <p className="outline-text">How we will know: {outcome.measure}</p>
        </>
      ) : (
        FRAMEWORK_COLUMNS.map(({ field, label, max }) => (
          <SharedTextField
            key={field}
            itemId={id}
            field={field}
            value={outcome[field]}
            label={label}
            multiline={field === 'outcome' || field === 'measure'}
            maxLength={max}
            placeholder="Add…"
            className={`outline-field${field === 'outcome' ? ' outline-field-strong' : ''}`}
            autoFocus={props.autoFocus === true && field === 'outcome'}
            testId={`outline-outcome-${field}`}
          />
        ))
      )}
      <RoleAgreementList outcome={outcome} layout="table" />
      <StanceReasons outcome={outcome} layout="table" />
      <StanceButtons outcome={outcome} size="table" />
      {!readOnly && <ListDots item={outcome} words={outcome.outcome} />}
      {!readOnly && (
        <button
          type="button"
          className="btn btn-quiet outline-remove"
          onClick={() => actions.deleteItem(id)}
        >
          <Icon name="trash" size={16} />
          Delete outcome
        </button>
      )}
    </li>
  )
})

import { memo } from 'react'
import type { ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useItem } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { RoleAgreementList } from '../../ui/voices/RoleAgreementList'
import { StanceButtons } from '../../ui/voices/StanceButtons'
import { SharedTextField } from '../../ui/SharedTextField'
import { useOutlineVotes } from './useOutlineVotes'

/** An outcome as text: what should change and how we will know, and where each side stands. */
export const OutlineOutcome = memo(function OutlineOutcome({ id }: { id: ItemId }) {
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
        <>
          <SharedTextField
            itemId={id}
            field="outcome"
            value={outcome.outcome}
            label="What should change"
            multiline
            className="outline-field outline-field-strong"
          />
          <SharedTextField
            itemId={id}
            field="measure"
            value={outcome.measure}
            label="How we will know"
            multiline
            className="outline-field"
          />
        </>
      )}
      <RoleAgreementList outcome={outcome} layout="table" />
      <StanceButtons outcome={outcome} size="table" />
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

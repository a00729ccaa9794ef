import { memo } from 'react'
import type { ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState, useItem } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { AcceptanceRow } from '../../ui/voices/AcceptanceRow'
import { SharedTextField } from '../../ui/SharedTextField'
import { roleLabel } from '../../ui/voices/roleColors'
import { useOutlineVotes } from './useOutlineVotes'
import { ListDots } from '../../ui/dots/ListDots'

/** A "they → we" card as text: both halves editable, and each side's acceptance. */
export const OutlineReframe = memo(function OutlineReframe({ id }: { id: ItemId }) {
  const { actions, readOnly } = useBoardSession()
  const reframe = useItem(id)
  const roles = useBoardState((state) => state.board.meta.roles)
  const votes = useOutlineVotes(id)
  if (!reframe || reframe.kind !== 'reframe') return null
  const said = roleLabel(reframe.theyRole, roles)

  return (
    <li className="outline-card" data-testid="outline-reframe">
      <p className="outline-card-kind">
        Reframe{votes && <span className="outline-votes">{votes}</span>}
      </p>
      {readOnly ? (
        <>
          <p className="outline-text">
            They said ({said}): {reframe.they}
          </p>
          <p className="outline-text">We could: {reframe.we}</p>
        </>
      ) : (
        <>
          <SharedTextField
            itemId={id}
            field="they"
            value={reframe.they}
            label={`They said, as said by ${said}`}
            multiline
            className="outline-field"
          />
          <SharedTextField
            itemId={id}
            field="we"
            value={reframe.we}
            label="We could"
            multiline
            className="outline-field outline-field-strong"
          />
        </>
      )}
      <AcceptanceRow reframe={reframe} />
      {!readOnly && <ListDots item={reframe} words={reframe.we || reframe.they} />}
      {!readOnly && (
        <button
          type="button"
          className="btn btn-quiet outline-remove"
          onClick={() => actions.deleteItem(id)}
        >
          <Icon name="trash" size={16} />
          Delete reframe
        </button>
      )}
    </li>
  )
})

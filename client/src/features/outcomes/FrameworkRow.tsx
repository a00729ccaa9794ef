import { memo, useRef } from 'react'
import { itemBounds, type ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useItem } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { SharedTextField } from '../../ui/SharedTextField'
import { AgreedBadge } from './AgreedBadge'
import { RoleAgreementList } from '../../ui/voices/RoleAgreementList'
import { showOnBoard } from '../../canvas/showOnBoard'
import { StanceButtons } from '../../ui/voices/StanceButtons'
import { StanceReasons } from '../../ui/voices/StanceReasons'
import { FRAMEWORK_COLUMNS } from '../../ui/voices/outcomeFields'

/** One outcome as a row of the framework table; its fields are the card's, edited in place. */
export const FrameworkRow = memo(function FrameworkRow(props: { id: ItemId; number: number }) {
  const { id, number } = props
  const { ui, readOnly } = useBoardSession()
  const item = useItem(id)
  const rowRef = useRef<HTMLTableRowElement>(null)
  if (!item || item.kind !== 'outcome') return null

  return (
    <tr ref={rowRef} className="fw-row" tabIndex={-1} data-testid="framework-row">
      <td className="fw-num">
        <span className="fw-number">{number}</span>
        <button
          type="button"
          className="btn btn-quiet btn-icon fw-locate"
          aria-label={`Show outcome ${number} on the board`}
          title="Show on the board"
          onClick={() => showOnBoard(ui, itemBounds(item), id)}
        >
          <Icon name="summon" size={18} />
        </button>
      </td>
      {FRAMEWORK_COLUMNS.map(({ field, label, max }) => (
        <td key={field} className={`fw-cell fw-${field}`}>
          <span className="fw-cell-label" aria-hidden="true">
            {label}
          </span>
          {readOnly ? (
            <p className="fw-text">{item[field] || '—'}</p>
          ) : (
            <SharedTextField
              itemId={id}
              field={field}
              value={item[field]}
              label={`${label}, outcome ${number}`}
              multiline
              maxLength={max}
              placeholder="Add…"
              className="fw-input"
              onDone={() => rowRef.current?.focus()}
              testId={`fw-${field}`}
            />
          )}
        </td>
      ))}
      <td className="fw-agreement">
        <AgreedBadge outcome={item} />
        <RoleAgreementList outcome={item} layout="table" />
        <StanceReasons outcome={item} layout="table" />
        <StanceButtons outcome={item} size="table" />
      </td>
    </tr>
  )
})

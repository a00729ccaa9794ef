import { useId } from 'react'
import type { ReportNames } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useMeta } from '../../adapters/useBoard'

const OPTIONS: readonly { value: ReportNames; label: string; hint: string }[] = [
  {
    value: 'names',
    label: 'Names and sides',
    hint: 'A note shows who wrote it, if they chose “Report with name”.',
  },
  { value: 'roles', label: 'Sides only', hint: 'Each note shows the side, not the person.' },
  { value: 'anonymous', label: 'Anonymous', hint: 'No names and no sides on any note.' },
]

/**
 * Who the exports name: the board's one shared setting, so everyone's report names people the
 * same way. Sides only until the group chooses otherwise; names are opt-in.
 */
export function NamesChoice() {
  const { actions } = useBoardSession()
  const { reportNames } = useMeta()
  const name = useId()
  return (
    <fieldset className="export-names" data-testid="export-names">
      <legend className="export-label">Names in reports</legend>
      {OPTIONS.map((option) => (
        <label key={option.value} className="export-name-option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={reportNames === option.value}
            onChange={() => actions.setReportNames(option.value)}
          />
          <span>
            <span className="export-name-label">
              {option.label}
              {option.value === 'roles' && <span className="export-default"> (default)</span>}
            </span>
            <span className="export-hint">{option.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}

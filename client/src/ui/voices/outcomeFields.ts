import { MAX_DETAIL_LENGTH, MAX_TEXT_LENGTH, type Outcome } from '@coboard/shared'

type Column = keyof Pick<
  Outcome,
  'outcome' | 'measure' | 'baseline' | 'target' | 'dataSource' | 'timeframe' | 'owner'
>

/**
 * An outcome's editable fields, in the order a commissioner's template lists them: the
 * framework's columns and the outline's fields.
 */
export const FRAMEWORK_COLUMNS: readonly { field: Column; label: string; max: number }[] = [
  { field: 'outcome', label: 'Outcome', max: MAX_TEXT_LENGTH },
  { field: 'measure', label: 'How we’ll know', max: MAX_TEXT_LENGTH },
  { field: 'baseline', label: 'Baseline', max: MAX_DETAIL_LENGTH },
  { field: 'target', label: 'Target', max: MAX_DETAIL_LENGTH },
  { field: 'dataSource', label: 'Data source', max: MAX_DETAIL_LENGTH },
  { field: 'timeframe', label: 'Timeframe', max: MAX_DETAIL_LENGTH },
  { field: 'owner', label: 'Owner', max: MAX_DETAIL_LENGTH },
]

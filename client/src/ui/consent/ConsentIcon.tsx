import type { Consent } from '@coboard/shared'
import { Icon } from '../Icon'
import { NotExportedIcon } from '../NotExportedIcon'

/** A small picture of a consent level, always beside its words: struck eye, eye, or people. */
export function ConsentIcon({ consent }: { consent: Consent }) {
  if (consent === 'room-only') return <NotExportedIcon />
  return <Icon name={consent === 'report-named' ? 'people' : 'eye'} size={16} />
}

import type { Consent } from '@coboard/shared'

/** What each consent level is called and what it means, in the words every control uses. */
export const CONSENT_WORDS: Readonly<Record<Consent, { label: string; hint: string }>> = {
  'room-only': {
    label: 'This room only',
    hint: 'Stays on the board: never in a report, spreadsheet, picture or board file.',
  },
  'report-anonymous': {
    label: 'Report, no name',
    hint: 'In the report without the author’s name.',
  },
  'report-named': {
    label: 'Report with name',
    hint: 'In the report with the author’s name, if the group’s reports show names.',
  },
}

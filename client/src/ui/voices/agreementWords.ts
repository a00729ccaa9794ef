import {
  agreementByRole,
  isAgreedByAll,
  type Outcome,
  type RoleAgreementStatus,
  type RoleId,
  type Roster,
  type Stance,
} from '@coboard/shared'
import type { GlyphName } from './Glyph'

/** How each side's position reads: a word and a distinct mark, never colour alone. */
export const STATUS_LOOK: Record<RoleAgreementStatus, { word: string; glyph: GlyphName }> = {
  agreed: { word: 'agreed', glyph: 'agreed' },
  concerns: { word: 'concerns', glyph: 'concerns' },
  objected: { word: 'objected', glyph: 'objected' },
  waiting: { word: 'waiting', glyph: 'waiting' },
}

/** The stance buttons' labels, in the order they are offered. */
export const STANCE_LABELS: Record<Stance, string> = {
  agree: 'Agree',
  concerns: 'Concerns',
  object: 'Object',
}

/** The rule every "agreed by all" in the interface is measured by, in words for the room. */
export const AGREED_BY_ALL_RULE = 'Agreed by all = every side present agrees and nobody objects.'

/** Where an outcome stands in a few words: "Agreed by all", or "1 of 3 sides agree". */
export function agreementSummary(outcome: Outcome, present: readonly RoleId[], roster: Roster) {
  if (isAgreedByAll(outcome, present, roster)) return 'Agreed by all'
  const agreeing = agreementByRole(outcome, present, roster).filter(
    (side) => side.status === 'agreed',
  ).length
  return `${agreeing} of ${present.length} sides agree`
}

/** How far a reframe has been accepted, side by side. */
export function acceptanceSummary(accepted: number, present: number, all: boolean): string {
  return all ? 'Accepted by all sides' : `Accepted by ${accepted} of ${present} sides`
}

import type { RoleAgreementStatus, Stance } from '@coboard/shared'
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

import type { NoteColor, RoleDefinition, RoleId } from '../schema'

// The one place note and role colours are defined: the board (client/src/ui), the picture and the
// report all read them here, so an export looks like the board people saw.

/** Fill of each sticky-note colour: soft pastels that keep dark text above 12:1 contrast. */
export const NOTE_FILLS: Readonly<Record<NoteColor, string>> = {
  yellow: '#FFF3A6',
  pink: '#FFD9E4',
  blue: '#D3E8FF',
  green: '#D5F2D4',
  orange: '#FFDDBA',
  purple: '#E6DCFF',
}

// A Map: role ids are text any participant chooses (`constructor`, `__proto__`, …).
const KNOWN_ROLE_COLORS: ReadonlyMap<string, string> = new Map([
  ['lived-experience', '#0E6E66'],
  ['provider', '#4338CA'],
  ['commissioner', '#9D174D'],
  ['other', '#475569'],
])
const OTHER_COLOR = '#475569'

/** For roles a board defines itself, in the order the board lists them. */
const EXTRA_ROLE_COLORS = ['#1D4ED8', '#7E22CE', '#B91C1C', '#166534', '#92400E', '#0369A1']

/** The colour of `role` (dark enough for white text), stable for a given board's role list. */
export function roleColor(role: RoleId, roles: readonly RoleDefinition[]): string {
  const known = KNOWN_ROLE_COLORS.get(role)
  if (known) return known
  const index = roles.filter((r) => !KNOWN_ROLE_COLORS.has(r.id)).findIndex((r) => r.id === role)
  return index >= 0 ? EXTRA_ROLE_COLORS[index % EXTRA_ROLE_COLORS.length] : OTHER_COLOR
}

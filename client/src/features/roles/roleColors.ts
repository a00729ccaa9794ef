import type { RoleDefinition, RoleId } from '@coboard/shared'

// The one place role colours are defined. Each is dark enough for white text (≥ 4.9:1), so a
// role label stays readable on any note colour and from the back of a room. Colour is never the
// only signal: the role's label is always written next to it.

// A Map, not an object: a role id is text anyone on the board chooses, and `constructor` or
// `toString` must not find what every object inherits.
const KNOWN_ROLE_COLORS = new Map<string, string>([
  ['lived-experience', '#0E6E66'],
  ['provider', '#4338CA'],
  ['commissioner', '#9D174D'],
  ['other', '#475569'],
])
const OTHER_COLOR = '#475569'

/** For roles a board defines itself, in the order the board lists them. */
const EXTRA_ROLE_COLORS = ['#1D4ED8', '#7E22CE', '#B91C1C', '#166534', '#92400E', '#0369A1']

/** The colour of `role`, stable for a given board's role list. */
export function roleColor(role: RoleId, roles: readonly RoleDefinition[]): string {
  const known = KNOWN_ROLE_COLORS.get(role)
  if (known) return known
  const index = roles.filter((r) => !KNOWN_ROLE_COLORS.has(r.id)).findIndex((r) => r.id === role)
  return index >= 0 ? EXTRA_ROLE_COLORS[index % EXTRA_ROLE_COLORS.length] : OTHER_COLOR
}

/** The label the room sees for `role`; an unknown role shows its id rather than nothing. */
export function roleLabel(role: RoleId, roles: readonly RoleDefinition[]): string {
  return roles.find((r) => r.id === role)?.label ?? role
}

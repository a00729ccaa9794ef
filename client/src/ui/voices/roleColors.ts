import type { RoleDefinition, RoleId } from '@coboard/shared'

// Role colours come from shared/'s palette, the same for the board and every export. Each is
// dark enough for white text (≥ 4.9:1), so a role label stays readable on any note colour and
// from the back of a room. Colour is never the only signal: the role's label is written beside it.
export { roleColor } from '@coboard/shared'

/** The label the room sees for `role`; an unknown role shows its id rather than nothing. */
export function roleLabel(role: RoleId, roles: readonly RoleDefinition[]): string {
  return roles.find((r) => r.id === role)?.label ?? role
}

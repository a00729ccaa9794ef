import type { BoardItem, BoardSnapshot, ParticipantId, ReportNames, RoleId } from '../schema'

/** The label the board gives `role`; an unknown role shows its id rather than nothing. */
export function roleLabel(board: BoardSnapshot, role: RoleId): string {
  return board.meta.roles.find((r) => r.id === role)?.label || role
}

/** Every role a board knows: its own list in order, then roles only participants carry, sorted. */
export function boardRoleIds(board: BoardSnapshot): RoleId[] {
  const known = board.meta.roles.map((role) => role.id)
  const extra = new Set([...board.participants.values()].map((p) => p.role))
  return [...known, ...[...extra].filter((role) => !known.includes(role)).sort()]
}

/**
 * Who a report credits with a contribution: "name (role)" when names are shown, the role alone
 * with roles, and null when anonymous, so that no individual contribution carries a role.
 */
export function creditFor(
  board: BoardSnapshot,
  names: ReportNames,
  authorId: ParticipantId,
  role: RoleId,
): string | null {
  if (names === 'anonymous') return null
  const label = roleLabel(board, role)
  const name = names === 'names' ? board.participants.get(authorId)?.name.trim() : ''
  return name ? `${name} (${label})` : label
}

/** The words an item is known by in tables and lists: what it says, or a cluster's title. */
export function itemWords(item: BoardItem): string {
  switch (item.kind) {
    case 'note':
      return item.text
    case 'reframe':
      return item.we || item.they
    case 'outcome':
      return item.outcome
    case 'cluster':
      return item.title
  }
}

/** Orders items or people by when they were made, then by id, so every export lists them alike. */
export function byCreation(
  a: { readonly id: string; readonly createdAt: number },
  b: { readonly id: string; readonly createdAt: number },
): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

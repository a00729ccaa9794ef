import type { RoleDefinition, RoleId } from '@coboard/shared'

/** One side of the room and the people on it who are here now. */
export interface RoleGroup<P> {
  readonly role: RoleId
  readonly people: readonly P[]
}

/**
 * Groups people by side, in the board's own role order (so every screen lists the sides the
 * same way), with sides nobody is on left out and unknown sides last. Within a side, this device
 * comes first and then names alphabetically, so the list does not reshuffle as people move.
 */
export function groupPeopleByRole<P extends { role: RoleId; name: string; isMe: boolean }>(
  people: readonly P[],
  roles: readonly RoleDefinition[],
): RoleGroup<P>[] {
  const byRole = new Map<RoleId, P[]>()
  for (const person of people) {
    const group = byRole.get(person.role) ?? []
    group.push(person)
    byRole.set(person.role, group)
  }
  const known = roles.map((role) => role.id).filter((id) => byRole.has(id))
  const unknown = [...byRole.keys()].filter((id) => !roles.some((role) => role.id === id)).sort()
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' })
  return [...known, ...unknown].map((role) => ({
    role,
    people: [...(byRole.get(role) ?? [])].sort(
      (a, b) => Number(b.isMe) - Number(a.isMe) || collator.compare(a.name, b.name),
    ),
  }))
}

/**
 * Up to two initials for an avatar, from the letters and digits of the name ("Carol (carer)" is
 * "CA": what is in brackets describes, it does not name); "?" for someone who gave no name.
 */
export function initialsOf(name: string): string {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
  if (words.length === 0) return '?'
  const letters = words.length === 1 ? [...words[0]].slice(0, 2) : [words[0], words.at(-1)!]
  return letters
    .map((word) => [...word][0] ?? '')
    .join('')
    .toUpperCase()
}

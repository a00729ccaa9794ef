import type { RoleId } from '@coboard/shared'
import { useMeta } from '../../adapters/useBoard'
import { roleColor } from '../../ui/voices/roleColors'
import { initialsOf } from './groupPeople'

/** A person's initials on their side's colour. Decorative: the name is always written nearby. */
export function Avatar(props: { name: string; role: RoleId; size?: number }) {
  const { roles } = useMeta()
  const size = props.size ?? 28
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{
        width: size,
        height: size,
        fontSize: Math.round(size * 0.4),
        background: roleColor(props.role, roles),
      }}
    >
      {initialsOf(props.name)}
    </span>
  )
}

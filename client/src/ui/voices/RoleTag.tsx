import type { RoleId } from '@coboard/shared'
import { useMeta } from '../../adapters/useBoard'
import { roleColor, roleLabel } from './roleColors'
import './roles.css'
import { countRender } from '../../core/lib/renderCounts'

/** A role's label on its colour. Always the label, never the colour alone. */
export function RoleTag(props: { role: RoleId; size?: 'small' | 'normal' }) {
  countRender('RoleTag')
  const { roles } = useMeta()
  return (
    <span
      className={`role-tag role-tag-${props.size ?? 'normal'}`}
      style={{ background: roleColor(props.role, roles) }}
      data-role={props.role}
    >
      {roleLabel(props.role, roles)}
    </span>
  )
}

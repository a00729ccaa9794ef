import { describe, expect, it } from 'vitest'
import { DEFAULT_ROLES, type RoleDefinition, type RoleId } from '@coboard/shared'
import { roleColor, roleLabel } from './roleColors'

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as RoleId[]
const roles: RoleDefinition[] = [
  ...DEFAULT_ROLES,
  ...HOSTILE.map((id) => ({ id, label: id, description: '' })),
]

describe('roleColor', () => {
  it('gives the known sides their colours', () => {
    expect(roleColor('provider' as RoleId, roles)).toBe('#4338CA')
    expect(roleColor('other' as RoleId, roles)).toBe('#475569')
  })

  it('gives roles named like inherited properties a colour of their own, in board order', () => {
    const colours = HOSTILE.map((role) => roleColor(role, roles))
    for (const colour of colours) expect(colour).toMatch(/^#[0-9A-F]{6}$/)
    expect(new Set(colours).size).toBe(HOSTILE.length)
    expect(colours[0]).toBe(
      roleColor('first-extra' as RoleId, [{ ...roles[4], id: 'first-extra' as RoleId }]),
    )
  })

  it('gives a role the board does not list the colour of Other', () => {
    expect(roleColor('valueOf' as RoleId, DEFAULT_ROLES)).toBe('#475569')
  })

  it('labels every role by the board’s list', () => {
    for (const role of HOSTILE) expect(roleLabel(role, roles)).toBe(role)
  })
})

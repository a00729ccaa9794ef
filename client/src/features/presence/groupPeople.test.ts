import { describe, expect, test } from 'vitest'
import { DEFAULT_ROLES } from '@coboard/shared'
import { groupPeopleByRole, initialsOf } from './groupPeople'

const person = (name: string, role: string, isMe = false) => ({ name, role, isMe })

describe('groupPeopleByRole', () => {
  test('lists sides in the board’s order, skips empty sides and puts unknown sides last', () => {
    const groups = groupPeopleByRole(
      [
        person('Sian', 'provider'),
        person('Kit', 'visitor'),
        person('Amina', 'lived-experience'),
        person('Dev', 'lived-experience'),
      ],
      DEFAULT_ROLES,
    )
    expect(groups.map((g) => g.role)).toEqual(['lived-experience', 'provider', 'visitor'])
    expect(groups[0].people.map((p) => p.name)).toEqual(['Amina', 'Dev'])
  })

  test('puts this device first within its side', () => {
    const [group] = groupPeopleByRole(
      [person('Amina', 'provider'), person('Zoe', 'provider', true)],
      DEFAULT_ROLES,
    )
    expect(group.people.map((p) => p.name)).toEqual(['Zoe', 'Amina'])
  })
})

describe('initialsOf', () => {
  test('takes the first and last word, or two letters of one word', () => {
    expect(initialsOf('Amina Hassan')).toBe('AH')
    expect(initialsOf('amina')).toBe('AM')
    expect(initialsOf('Mary Ann Smith')).toBe('MS')
    expect(initialsOf('  ')).toBe('?')
  })

  test('reads letters only, and leaves out what is in brackets', () => {
    expect(initialsOf('Carol (carer)')).toBe('CA')
    expect(initialsOf('Dr. O’Kafor')).toBe('DO')
    expect(initialsOf('Zoë-Anne')).toBe('ZO')
    expect(initialsOf('(guest)')).toBe('?')
  })
})

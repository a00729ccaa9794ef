import { describe, expect, test } from 'vitest'
import { readLinkKey } from './linkKey'
import { parseRoute } from './parseRoute'

describe('routing', () => {
  test('maps the four screens and refuses anything else', () => {
    expect(parseRoute('/')).toEqual({ name: 'landing' })
    expect(parseRoute('/b/x3Xit3Wjjrjv')).toEqual({ name: 'board', boardId: 'x3Xit3Wjjrjv' })
    expect(parseRoute('/b/x3Xit3Wjjrjv/projector')).toEqual({
      name: 'projector',
      boardId: 'x3Xit3Wjjrjv',
    })
    expect(parseRoute('/j/K7QM-3XPA')).toEqual({ name: 'join', code: 'K7QM-3XPA' })
    expect(parseRoute('/j/k7qm%203xpa/')).toEqual({ name: 'join', code: 'k7qm 3xpa' })
    expect(parseRoute('/j/%E0%A4%A')).toEqual({ name: 'join', code: '%E0%A4%A' })
    expect(parseRoute('/j')).toEqual({ name: 'join', code: '' })
    expect(parseRoute('/j/')).toEqual({ name: 'join', code: '' })
    expect(parseRoute('/j/a/b')).toEqual({ name: 'notFound' })
    expect(parseRoute('/b/../etc/passwd')).toEqual({ name: 'notFound' })
    expect(parseRoute('/somewhere')).toEqual({ name: 'notFound' })
  })

  test('reads the key from the fragment, edit before view', () => {
    expect(readLinkKey('#edit=abc')).toEqual({ access: 'edit', token: 'abc' })
    expect(readLinkKey('#view=xyz')).toEqual({ access: 'view', token: 'xyz' })
    expect(readLinkKey('')).toBeNull()
    expect(readLinkKey('#edit=')).toBeNull()
  })
})

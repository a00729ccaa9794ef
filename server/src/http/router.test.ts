import { describe, expect, it } from 'vitest'
import { Router } from './router'

describe('Router', () => {
  const handler = () => {}
  const router = new Router()
    .on('POST', '/api/boards', handler)
    .on('GET', '/api/boards/:id/export.json', handler)

  it('matches literal and parameter segments', () => {
    expect(router.match('POST', '/api/boards')).toMatchObject({ kind: 'found', params: {} })
    expect(router.match('GET', '/api/boards/abc/export.json')).toMatchObject({
      kind: 'found',
      params: { id: 'abc' },
    })
    expect(router.match('HEAD', '/api/boards/abc/export.json').kind).toBe('found')
  })

  it('decodes parameters and refuses ones that do not decode', () => {
    expect(router.match('GET', '/api/boards/a%20b/export.json')).toMatchObject({
      params: { id: 'a b' },
    })
    expect(router.match('GET', '/api/boards/%E0%A4%A/export.json').kind).toBe('none')
    expect(router.match('GET', '/api/boards//export.json').kind).toBe('none')
  })

  it('tells a wrong method from a missing path', () => {
    expect(router.match('GET', '/api/boards')).toEqual({ kind: 'wrong-method', allowed: ['POST'] })
    expect(router.match('GET', '/api/boards/abc')).toEqual({ kind: 'none' })
    expect(router.match('GET', '/api/boards/abc/export.json/more')).toEqual({ kind: 'none' })
  })
})

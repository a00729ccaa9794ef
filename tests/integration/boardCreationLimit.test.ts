import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../server/src/limits/LimitsConfig'
import { useServerPerTest } from '../helpers/serverPerTest'

// An open server stores every board it is asked to create, and an import reads up to 8 MiB:
// one address may create or import a bounded number of boards an hour. Real server, real SQLite;
// each test speaks from X-Forwarded-For addresses of its own (TRUST_PROXY on).

describe('boards per address', () => {
  const server = useServerPerTest({
    limits: { ...DEFAULT_LIMITS, boardsPerHourPerAddress: 3, trustProxy: true },
  })

  const post = (path: string, address: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
  const create = (address: string, title = 'Workshop') =>
    post('/api/boards', address, { title, template: 'blank' })

  it('refuses the board past the allowance with 429, Retry-After and words', async () => {
    for (let i = 0; i < 3; i++) expect((await create('203.0.113.7')).status).toBe(201)
    const refused = await create('203.0.113.7')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    const { error } = (await refused.json()) as { error: string }
    expect(error).toMatch(/Too many boards were created from this network recently/)
    // Someone else, elsewhere, is not affected.
    expect((await create('198.51.100.4')).status).toBe(201)
  })

  it('does not count a request that was refused for its content', async () => {
    for (let i = 0; i < 5; i++) expect((await create('203.0.113.8', '')).status).toBe(400)
    for (let i = 0; i < 3; i++) expect((await create('203.0.113.8')).status).toBe(201)
  })

  it('counts imports, valid or not, and refuses one past the allowance before reading it', async () => {
    expect((await create('203.0.113.9')).status).toBe(201)
    expect((await post('/api/boards/import', '203.0.113.9', '{"not":"a board"}')).status).toBe(400)
    expect((await post('/api/boards/import', '203.0.113.9', 'nonsense')).status).toBe(400)
    const refused = await post('/api/boards/import', '203.0.113.9', '{"not":"a board"}')
    expect(refused.status).toBe(429)
    expect((await create('203.0.113.9')).status).toBe(429)
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { addNote, type ParticipantId } from '@coboard/shared'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard } from '../helpers/api'
import { connectSynced, waitForAcked, type TestClient } from '../helpers/providers'

// Operations endpoints that need no outside service: /metrics, and /readyz naming Redis.

const ada = 'ada' as ParticipantId

/** The value of one sample line (`name{labels} value`) in Prometheus text, or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

describe('operations endpoints', () => {
  const servers: TestServer[] = []
  const clients: TestClient[] = []
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const server of servers.splice(0)) await server.destroy()
  })

  it('serves Prometheus metrics about connections, boards, traffic and storage', async () => {
    const server = await startServer()
    servers.push(server)
    const board = await createBoard(server.url, { title: 'Metrics' })
    const client = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.editToken,
      participantId: ada,
    })
    clients.push(client)
    addNote(client.doc, { x: 0, y: 0, authorId: ada, role: 'provider', text: 'counted' })
    await waitForAcked(client)

    const response = await fetch(`${server.url}/metrics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/plain')
    const text = await response.text()
    expect(sample(text, 'coboard_connections')).toBe(1)
    expect(sample(text, 'coboard_boards_loaded')).toBe(1)
    expect(sample(text, 'coboard_messages_received_total')).toBeGreaterThan(0)
    expect(sample(text, 'coboard_received_bytes_total')).toBeGreaterThan(0)
    expect(sample(text, 'coboard_messages_sent_total')).toBeGreaterThan(0)
    expect(sample(text, 'coboard_sent_bytes_total')).toBeGreaterThan(0)
    const appends = 'coboard_store_duration_seconds_count{operation="append",outcome="ok"}'
    expect(sample(text, appends)).toBeGreaterThan(0)
    expect(text).toContain('nodejs_eventloop_lag_p99_seconds')
    expect(text).toContain('process_resident_memory_bytes')
    // Counts only: no board id, token or content.
    for (const secret of [board.id, board.editToken, board.viewToken, 'counted', 'Metrics']) {
      expect(text).not.toContain(secret)
    }
  })

  it('is not ready while Redis is unreachable, says so, and still serves boards', async () => {
    // Port 1 refuses at once; the server runs on SQLite here, only the fan-out is broken.
    const server = await startServer({ redisUrl: 'redis://127.0.0.1:1' })
    servers.push(server)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(503)
    expect(await ready.json()).toEqual({ error: 'The server cannot reach Redis right now.' })

    const board = await createBoard(server.url)
    const client = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.editToken,
    })
    clients.push(client)
    addNote(client.doc, { x: 0, y: 0, authorId: ada, role: 'provider' })
    await waitForAcked(client)
  })
})

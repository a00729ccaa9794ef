import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getTemplate, readBoard } from '@coboard/shared'
import { startServer, type TestServer } from '../helpers/server'
import { connectSynced } from '../helpers/providers'

// A new board starts from a template: the co-production agenda unless the request asks for a
// blank board. What the creator picked must be what every client finds in the document.

describe('board templates', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.destroy())

  const create = (body: Record<string, unknown>) =>
    fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  const open = async (body: Record<string, unknown>) => {
    const response = await create(body)
    expect(response.status).toBe(201)
    const { id, editToken } = (await response.json()) as { id: string; editToken: string }
    const client = await connectSynced({ url: server.url, boardId: id, token: editToken })
    try {
      return readBoard(client.doc)
    } finally {
      client.destroy()
    }
  }

  it('gives a board without a template the co-production agenda, first stage current', async () => {
    const board = await open({ title: 'Crisis pathway' })
    const template = getTemplate('co-production')
    expect(board.stages.map((stage) => stage.title)).toEqual(template.stages.map((s) => s.title))
    expect(board.stages[0].private).toBe(true)
    expect(board.meta.currentStageId).toBe(board.stages[0].id)
    // The clock is set to the first stage's length, ready to start.
    expect(board.meta.timer).toEqual({ state: 'idle', durationMs: 15 * 60_000 })
  })

  it('gives a blank board no agenda at all', async () => {
    const board = await open({ title: 'Free-form', template: 'blank' })
    expect(board.stages).toEqual([])
    expect(board.meta.currentStageId).toBeNull()
  })

  it('refuses a template it does not know, saying which ones it does', async () => {
    const response = await create({ title: 'Odd', template: 'retro' })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: string }
    expect(body.error).toContain('"template"')
    expect(body.error).toContain('"co-production", "blank"')
    expect((await create({ title: 'Odd', template: 7 })).status).toBe(400)
  })
})

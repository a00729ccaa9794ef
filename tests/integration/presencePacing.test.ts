import { describe, expect, it } from 'vitest'
import { MessageType } from '@hocuspocus/provider'
import { useServerPerTest } from '../helpers/serverPerTest'
import { createBoard } from '../helpers/api'
import { waitFor, type TestClient } from '../helpers/providers'
import { PRESENCE_INTERVAL_MS } from '../../server/src/extensions/PresencePacing'

// In a hall, presence is most of the traffic: every cursor move goes to every connection. The
// server paces it per board; these tests hold it to that without losing the latest position.

describe('presence pacing', () => {
  const server = useServerPerTest()
  const { connect } = server

  const awarenessMessages = (client: TestClient) =>
    client.received.filter((type) => type === MessageType.Awareness).length

  it('coalesces a burst of cursor moves and still delivers the last one', async () => {
    const board = await createBoard(server.url)
    const mover = await connect(board.id, board.editToken, 'mover')
    const watcher = await connect(board.id, board.editToken, 'watcher')
    const awareness = mover.provider.awareness!
    awareness.setLocalStateField('cursor', { x: 0, y: 0 })
    await waitFor(
      () => watcher.provider.awareness?.getStates().get(mover.doc.clientID)?.cursor?.x === 0,
      10_000,
      'the mover to be seen',
    )

    const moves = 200
    const before = awarenessMessages(watcher)
    const startedAt = performance.now()
    for (let x = 1; x <= moves; x++) {
      awareness.setLocalStateField('cursor', { x, y: 0 })
      // One move per event-loop turn, each its own message, as a pointer would send them.
      await new Promise((resolve) => setImmediate(resolve))
    }
    await waitFor(
      () => watcher.provider.awareness?.getStates().get(mover.doc.clientID)?.cursor?.x === moves,
      10_000,
      'the last cursor position',
    )
    const elapsed = performance.now() - startedAt
    const received = awarenessMessages(watcher) - before

    // One message per interval at most, plus the leading one and the one in flight at the end;
    // the bound grows with the time the burst took, so a slow machine cannot fail it.
    expect(received).toBeLessThanOrEqual(Math.ceil(elapsed / PRESENCE_INTERVAL_MS) + 2)
    expect(received).toBeGreaterThan(0)
  })

  it('tells everyone at once when someone leaves after moving', async () => {
    const board = await createBoard(server.url)
    const mover = await connect(board.id, board.editToken, 'mover')
    const watcher = await connect(board.id, board.editToken, 'watcher')
    mover.provider.awareness!.setLocalStateField('cursor', { x: 5, y: 5 })
    await waitFor(
      () => watcher.provider.awareness?.getStates().get(mover.doc.clientID)?.cursor?.x === 5,
      10_000,
      'the cursor',
    )
    server.leave(mover)
    await waitFor(
      () => !watcher.provider.awareness?.getStates().has(mover.doc.clientID),
      10_000,
      'the mover to be gone',
    )
  })
})

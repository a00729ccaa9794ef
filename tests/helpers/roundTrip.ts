import { addNote, readBoard, type ParticipantId } from '@coboard/shared'
import { waitFor, type TestClient } from './providers'

const healthy = 'healthy' as ParticipantId

/**
 * Adds a note on `from` and waits until `to` shows it: one edit's trip through the server.
 * Resolves with the milliseconds it took; fails after `timeoutMs`.
 */
export async function roundTrip(
  from: TestClient,
  to: TestClient,
  timeoutMs = 2_000,
): Promise<number> {
  const started = performance.now()
  const id = addNote(from.doc, { x: 0, y: 0, authorId: healthy, role: 'provider', text: 'ping' })
  await waitFor(
    () => readBoard(to.doc).items.has(id),
    timeoutMs,
    'an edit to reach the other client',
  )
  return performance.now() - started
}

/** The close code and reason of the next time `client`'s socket closes. */
export function nextClose(client: TestClient): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    const onClose = ({ event }: { event: { code: number; reason: string | Buffer } }) => {
      client.socket.off('close', onClose)
      resolve({ code: event.code, reason: event.reason.toString() })
    }
    client.socket.on('close', onClose)
  })
}

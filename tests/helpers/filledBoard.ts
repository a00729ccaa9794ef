import { randomBytes } from 'node:crypto'
import * as Y from 'yjs'
import { MessageType } from '@hocuspocus/server'
import { addNote, MAX_TEXT_LENGTH, type ParticipantId } from '@coboard/shared'
import { connectSynced, waitForAcked } from './providers'
import { frames, openRawCollab, type RawCollab } from './rawCollab'

const filler = 'filler' as ParticipantId

/**
 * Fills board `boardId` with notes of the longest text until it holds about `bytes` bytes as one
 * update, through a real provider, in steps of about 100 KB (below any message limit a test sets). Resolves with
 * the board's size as one update.
 */
export async function fillBoard(
  url: string,
  boardId: string,
  token: string,
  bytes: number,
): Promise<number> {
  const client = await connectSynced({ url, boardId, token, participantId: 'filler' })
  try {
    // Random text, so nothing along the way can make it smaller.
    const text = () => randomBytes(MAX_TEXT_LENGTH).toString('base64').slice(0, MAX_TEXT_LENGTH)
    const perStep = 50
    while (Y.encodeStateAsUpdate(client.doc).byteLength < bytes) {
      client.doc.transact(() => {
        for (let i = 0; i < perStep; i++) {
          addNote(client.doc, { x: i, y: i, authorId: filler, role: 'provider', text: text() })
        }
      })
      await waitForAcked(client)
    }
    return Y.encodeStateAsUpdate(client.doc).byteLength
  } finally {
    client.destroy()
  }
}

/**
 * A socket that opens `boardId`, asks for the whole board `requests` times (sync step 1 with an
 * empty state vector) and then never reads another byte: what the server sends it piles up.
 */
export async function openNonReader(
  url: string,
  boardId: string,
  token: string,
  requests: number,
  headers: Record<string, string> = {},
): Promise<RawCollab> {
  const raw = await openRawCollab(url, { headers })
  if ((await raw.authenticate(boardId, token)) !== 'read-write') throw new Error('not admitted')
  raw.ws.pause()
  const empty = Y.encodeStateVector(new Y.Doc())
  for (let i = 0; i < requests; i++) raw.send(frames.syncStep1(boardId, empty))
  return raw
}

/** Whether `frame` (as the server sent it) is the answer to a sync step 1: a sync step 2. */
export function isSyncStep2(frame: Uint8Array): boolean {
  // The board name first (a varString: one length byte for our ids), then the type and step.
  const nameLength = frame[0]
  return frame[nameLength + 1] === MessageType.Sync && frame[nameLength + 2] === 1
}

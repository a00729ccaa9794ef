import * as Y from 'yjs'
import { MessageType } from '@hocuspocus/server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CreateBoardResponse } from '@coboard/shared'
import { DEFAULT_LIMITS, type LimitsConfig } from '../../server/src/limits/LimitsConfig'
import { useServerPerTest } from '../helpers/serverPerTest'
import { createBoard } from '../helpers/api'
import { waitFor } from '../helpers/providers'
import { frames, openRawCollab, type RawCollab } from '../helpers/rawCollab'
import { isSyncStep2 } from '../helpers/filledBoard'

// Presence is fanned out to everyone and handed whole to every newcomer, so what one socket may
// put there is capped: client ids per connection, bytes per state, bytes per board. (Issue 13:
// one socket registered 500 client ids of 16 KB each; every member received 13 MB.)

const LIMITS: LimitsConfig = { ...DEFAULT_LIMITS, maxPresenceBytesPerBoard: 64 * 1024 }
const empty = Y.encodeStateVector(new Y.Doc())

/** A presence state of about `bytes` bytes of JSON. */
const stateOf = (bytes: number) => ({ cursor: { x: 1, y: 2 }, note: 'p'.repeat(bytes - 40) })

describe('presence caps', () => {
  const live = useServerPerTest({ limits: LIMITS })
  let board: CreateBoardResponse
  const raws: RawCollab[] = []

  // After the helper's beforeEach has started the server; this afterEach runs before its own.
  beforeEach(async () => {
    board = await createBoard(live.url, { title: 'Presence' })
  })
  afterEach(() => {
    for (const raw of raws.splice(0)) raw.ws.terminate()
  })

  /** An editor's raw socket; `awarenessBytes` adds up the presence it is sent. */
  async function openEditor() {
    const raw = await openRawCollab(live.url)
    raws.push(raw)
    const seen = { awarenessBytes: 0, answers: 0 }
    raw.ws.on('message', (data: Buffer) => {
      const frame = new Uint8Array(data)
      if (frame[frame[0] + 1] === MessageType.Awareness) seen.awarenessBytes += frame.byteLength
      if (isSyncStep2(frame)) seen.answers += 1
    })
    expect(await raw.authenticate(board.id, board.editToken)).toBe('read-write')
    /** Resolves once the server has handled everything sent before (frames go in order). */
    const settled = async () => {
      const before = seen.answers
      raw.send(frames.syncStep1(board.id, empty))
      await waitFor(() => seen.answers > before, 10_000, 'the server to answer')
    }
    return { raw, seen, settled }
  }

  const presenceStates = () =>
    live.server.server.hocuspocus.documents.get(board.id)!.awareness.getStates()

  it('keeps only a few client ids of one connection', async () => {
    const { raw, settled } = await openEditor()
    for (let id = 1; id <= 500; id++) raw.send(frames.awareness(board.id, id, 1, stateOf(2_000)))
    await settled()
    expect(presenceStates().size).toBeGreaterThan(0)
    expect(presenceStates().size).toBeLessThanOrEqual(LIMITS.maxPresenceClientsPerConnection)
  })

  it('refuses a presence state past its size', async () => {
    const { raw, settled } = await openEditor()
    raw.send(frames.awareness(board.id, 77, 1, stateOf(LIMITS.maxPresenceStateBytes + 1_000)))
    raw.send(frames.awareness(board.id, 78, 1, stateOf(500)))
    await settled()
    expect([...presenceStates().keys()]).toEqual([78])
  })

  it('bounds what a newcomer downloads of a board’s presence', async () => {
    for (let i = 0; i < 40; i++) {
      const { raw, settled } = await openEditor()
      raw.send(frames.awareness(board.id, 1_000 + i, 1, stateOf(3_000)))
      await settled()
    }
    const newcomer = await openEditor()
    await newcomer.settled()
    expect(newcomer.seen.awarenessBytes).toBeGreaterThan(0)
    expect(newcomer.seen.awarenessBytes).toBeLessThanOrEqual(LIMITS.maxPresenceBytesPerBoard)
  }, 30_000)
})

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { addNote, joinBoard, type CreateBoardResponse, type ParticipantId } from '@coboard/shared'
import { createBoard } from '../helpers/api'
import { connectSynced, type TestClient } from '../helpers/providers'
import { BoardPage } from './fixtures/BoardPage'
import { editAsServer } from './fixtures/editAsServer'
import { useLiveServer } from './fixtures/liveServer'

// What one change costs on a full board: the render budget of issue #23. The page counts renders
// of the board's cards when a test sets window.__coboardRenders (client/src/core/lib/renderCounts).
// A keystroke may re-render the note being typed in and its own chrome, never the other 299; a
// cursor moving or a peer's drag re-renders no note but the one dragged.

const NOTES = 300
const live = useLiveServer()
let board: CreateBoardResponse
let amina: BoardPage
let peer: TestClient

type Counts = Record<string, number>

beforeAll(async () => {
  board = await createBoard(live.server.url, { title: 'A full wall' })
  await editAsServer(live.server, board.id, (doc) => {
    for (let i = 0; i < NOTES; i++) {
      addNote(doc, {
        x: (i % 20) * 240,
        y: Math.floor(i / 20) * 200,
        authorId: `seed-${i % 12}` as ParticipantId,
        role: i % 3 === 0 ? 'provider' : 'lived-experience',
        text: i % 7 === 0 ? `They never call back (${i})` : `We heard this in the room (${i})`,
      })
    }
  })
  const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
  amina = await BoardPage.open(live.browser, url, { name: 'Amina', role: 'lived-experience' })
  await amina.page.waitForFunction(
    (least) => document.querySelectorAll('[data-testid="note"]').length > least,
    NOTES / 2,
  )
  peer = await connectSynced({
    url: live.server.url,
    boardId: board.id,
    token: board.editToken,
    participantId: 'peer',
  })
  // The server names people on presence from the board's roster, so Sian joins it first.
  joinBoard(peer.doc, { id: 'peer' as ParticipantId, name: 'Sian', role: 'provider' })
  peer.provider.awareness!.setLocalStateField('user', {
    participantId: 'peer',
    name: 'Sian',
    role: 'provider',
  })
}, 60_000)

afterAll(async () => {
  peer?.destroy()
  await amina?.close()
})

/** Starts counting renders from zero on Amina's page. */
async function startCounting(): Promise<void> {
  await amina.page.evaluate(() => {
    ;(window as { __coboardRenders?: Counts }).__coboardRenders = {}
  })
}

/** The renders counted since startCounting, once two frames have passed with nothing pending. */
async function countedRenders(): Promise<Counts> {
  return amina.page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    await frame()
    await frame()
    return { ...(window as { __coboardRenders?: Counts }).__coboardRenders }
  })
}

describe('render budget on a board of 300 notes', () => {
  test('typing one character re-renders only the note being typed in', async () => {
    await amina.addNote()
    await amina.page.getByTestId('note-editor').pressSequentially('Peer support')
    await startCounting()

    await amina.page.getByTestId('note-editor').pressSequentially('!')
    await amina.noteByText('Peer support!').waitFor()
    const renders = await countedRenders()

    expect(renders.NoteCard ?? 0).toBeGreaterThan(0)
    expect(renders.NoteCard).toBeLessThanOrEqual(2)
    expect(renders.ItemCard ?? 0).toBeLessThanOrEqual(2)
    expect(renders.RoleTag ?? 0).toBeLessThanOrEqual(2)
    expect(renders.RemoteEditBadge ?? 0).toBeLessThanOrEqual(2)
    expect(renders.RoomOnlyMark ?? 0).toBeLessThanOrEqual(2)
    expect(renders.ReframeChip ?? 0).toBeLessThanOrEqual(2)
    await amina.page.keyboard.press('Escape')
  })

  test('a peer’s cursor moving re-renders no note', async () => {
    const cursor = amina.page.getByTestId('remote-cursor')
    peer.provider.awareness!.setLocalStateField('cursor', { x: 10, y: 10 })
    await cursor.waitFor()
    await startCounting()

    for (let step = 1; step <= 20; step++) {
      peer.provider.awareness!.setLocalStateField('cursor', { x: 10 + step * 15, y: 10 + step * 5 })
      // Each position must be seen, or several would merge into one render and prove nothing.
      await expect.poll(() => cursor.getAttribute('style')).toContain(`${10 + step * 15}px`)
    }
    const renders = await countedRenders()

    expect(renders.NoteCard ?? 0).toBe(0)
    expect(renders.ItemCard ?? 0).toBe(0)
    expect(renders.RoleTag ?? 0).toBe(0)
  })

  test('a peer dragging one note re-renders that note only', async () => {
    const [first] = [...peer.doc.getMap('items').keys()]
    const dragged = amina.page.locator(`[data-note-id="${first}"]`)
    await dragged.waitFor()
    await startCounting()

    for (let step = 1; step <= 10; step++) {
      peer.provider.awareness!.setLocalStateField('drag', { itemId: first, x: step * 20, y: 0 })
      await expect.poll(() => dragged.getAttribute('data-x')).toBe(String(step * 20))
    }
    const renders = await countedRenders()

    expect(renders.NoteCard ?? 0).toBeGreaterThanOrEqual(10)
    expect(renders.NoteCard).toBeLessThanOrEqual(25)
  })
})

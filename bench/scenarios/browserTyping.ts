import type { Browser } from 'playwright-core'
import { editText, joinBoard, readBoard, type ItemId, type ParticipantId } from '@coboard/shared'
import { now, sleep } from '../clock'
import { connect, type Connection } from '../clients/connections'
import type { BoardRef } from '../servers/launch'
import { summarize, type Summary } from '../stats'
import { join } from './browserPage'

// Issue #23's figures: what typing costs on a full board while others move their cursors, with
// Chromium's CPU slowed 4× to stand for a mid-range laptop or tablet, and unthrottled beside it.
// Keystroke to paint: from the key event's own time stamp to the first task after the next
// animation frame (the frame that shows the keystroke has been painted by then).

const VIEWPORT = { width: 1280, height: 800 }

// Runs in the page before its scripts: records keystroke latencies, remote edits reaching the
// screen, animation frames and long tasks.
const TYPING_PROBE = `
  window.__typing = { keys: [], remote: [], frames: [], counting: false, longTasks: [] }
  addEventListener('keydown', (event) => {
    const t = window.__typing
    if (!t.counting) return
    const start = event.timeStamp
    requestAnimationFrame(() => setTimeout(() => t.keys.push(performance.now() - start), 0))
  }, true)
  const frame = (time) => {
    const t = window.__typing
    if (t.counting) {
      t.frames.push(time)
      const watched = t.watch && document.querySelector('[data-note-id="' + t.watch + '"]')
      const match = watched && /edit-(\\d+)/.exec(watched.textContent || '')
      if (match && match[1] !== t.lastStamp) {
        t.lastStamp = match[1]
        const sent = Number(match[1])
        setTimeout(() => t.remote.push(Date.now() - sent), 0)
      }
    }
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__typing.longTasks.push(entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  } catch {}
`

interface TypingProbe {
  keys: number[]
  remote: number[]
  frames: number[]
  counting: boolean
  longTasks: number[]
  watch?: string
  lastStamp?: string
}

declare global {
  interface Window {
    __typing: TypingProbe
  }
}

export interface TypingFigures {
  /** Chromium's CPU throttling rate: 1 is this machine, 4 stands for a mid-range device. */
  readonly throttle: number
  readonly notes: number
  readonly cursors: number
  readonly renderedNotes: number
  readonly keystrokeToPaint: Summary
  readonly framesPerSecond: number
  readonly remoteEditToPaint: Summary
  /** Long tasks while typing, and the longest. */
  readonly longTasks: number
  readonly longestTaskMs: number
}

export interface OpenLongTasks {
  readonly throttle: number
  readonly notes: number
  readonly longTasks: number
  readonly longestTaskMs: number
  readonly longTaskMs: number
}

/** Others in the room: joined to the roster (presence is named from it) and moving pointers. */
async function joinCursors(port: number, board: BoardRef, count: number): Promise<Connection[]> {
  const people = Array.from({ length: count }, (_, index) =>
    connect('coboard', port, board, `cursor-${index}`),
  )
  await Promise.all(people.map((person) => person.synced))
  people.forEach((person, index) => {
    const id = `cursor-${index}` as ParticipantId
    joinBoard(person.doc, { id, name: `Person ${index}`, role: 'provider' })
    person.awareness.setLocalStateField('user', {
      participantId: id,
      name: `Person ${index}`,
      role: 'provider',
    })
  })
  return people
}

/** Moves every cursor ten times a second on a small circle, until `stop` is called. */
function moveCursors(people: readonly Connection[]): () => void {
  let step = 0
  const timer = setInterval(() => {
    step++
    people.forEach((person, index) => {
      const angle = (step + index) / 5
      person.awareness.setLocalStateField('cursor', {
        x: Math.round(600 + index * 40 + Math.cos(angle) * 80),
        y: Math.round(400 + Math.sin(angle) * 80),
      })
    })
  }, 100)
  return () => clearInterval(timer)
}

export async function measureTyping(
  browser: Browser,
  origin: string,
  port: number,
  board: BoardRef,
  options: { notes: number; cursors: number; keystrokes: number; throttle: number },
): Promise<TypingFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript(TYPING_PROBE)
  const people = await joinCursors(port, board, options.cursors)
  const writer = people[0]
  const stopCursors = moveCursors(people)
  try {
    const page = await context.newPage()
    await join(page, `${origin}/b/${board.name}#edit=${board.token}`)
    await page.getByRole('button', { name: /^fit/i }).click()
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="note"]').length >= count,
      Math.floor(options.notes * 0.9),
      { timeout: 60_000 },
    )
    const renderedNotes = await page.locator('[data-testid="note"]').count()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle })

    // The note the writer edits from afar, and the one typed into here.
    const watched = [...readBoard(writer.doc).items.keys()][0] as ItemId
    await page.evaluate((id) => {
      window.__typing.watch = id
    }, watched)
    await page.getByTestId('add-note').click()
    const editor = page.getByTestId('note-editor')
    await editor.waitFor({ timeout: 30_000 })
    await sleep(1000)
    await page.evaluate(() => {
      window.__typing.counting = true
      window.__typing.longTasks = []
    })
    const began = now()
    const remoteEvery = Math.max(1, Math.floor(options.keystrokes / 20))
    for (let key = 0; key < options.keystrokes; key++) {
      await page.keyboard.press(key % 12 === 11 ? 'Space' : 'KeyA')
      if (key % remoteEvery === 0) {
        editText(writer.doc, watched, 'text', `edit-${Date.now()}`)
      }
      // About eight keys a second, a quick typist.
      await sleep(began + (key + 1) * 120 - now())
    }
    await sleep(500)
    const probe = await page.evaluate(() => {
      window.__typing.counting = false
      return window.__typing
    })
    const seconds = (probe.frames.at(-1)! - probe.frames[0]) / 1000
    return {
      throttle: options.throttle,
      notes: options.notes,
      cursors: options.cursors,
      renderedNotes,
      keystrokeToPaint: summarize(probe.keys),
      framesPerSecond: (probe.frames.length - 1) / Math.max(seconds, 0.001),
      remoteEditToPaint: summarize(probe.remote),
      longTasks: probe.longTasks.length,
      longestTaskMs: Math.max(0, ...probe.longTasks),
    }
  } finally {
    stopCursors()
    for (const person of people) person.destroy()
    await context.close()
  }
}

/** Long tasks while a returning participant opens a board, the CPU slowed by `throttle`. */
export async function measureOpenLongTasks(
  browser: Browser,
  origin: string,
  board: BoardRef,
  notes: number,
  throttle: number,
): Promise<OpenLongTasks> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript(TYPING_PROBE)
  try {
    const url = `${origin}/b/${board.name}#edit=${board.token}`
    const first = await context.newPage()
    await join(first, url)
    await first.close()
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
    await page.goto(url, { timeout: 60_000 })
    await page.waitForFunction(() => document.querySelector('[data-testid="note"]'), null, {
      timeout: 60_000,
    })
    // Long tasks after the first note (fitting, the rest of the board) count too.
    await sleep(3000)
    const tasks = await page.evaluate(() => window.__typing.longTasks)
    return {
      throttle,
      notes,
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks),
      longTaskMs: tasks.reduce((sum, duration) => sum + duration, 0),
    }
  } finally {
    await context.close()
  }
}

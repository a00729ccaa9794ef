import type { Browser, BrowserContext, Page } from 'playwright-core'
import { now, sleep } from '../clock'
import type { BoardRef } from '../servers/launch'
import { summarize } from '../stats'
import { sizeOf, type BoardOpen, type DragFrames } from './browser'

// The parts of figure 5 that drive a page: join a board as a person would (the dialog by its
// labels and roles), open a big board and time it, drag a note and record every frame.

const VIEWPORT = { width: 1280, height: 800 }

// Runs in the page before its own scripts: records long tasks, the first note on screen and,
// when asked, every animation frame.
const PAGE_PROBE = `
  window.__bench = { longTasks: [], firstNote: null, frames: null, stopFrames: false }
  window.__bench.startFrames = () => {
    const bench = window.__bench
    bench.frames = []
    bench.stopFrames = false
    const loop = (time) => {
      bench.frames.push(time)
      if (!bench.stopFrames) requestAnimationFrame(loop)
    }
    requestAnimationFrame(loop)
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bench.longTasks.push([entry.startTime, entry.duration])
    }).observe({ type: 'longtask', buffered: true })
  } catch {}
  const watch = () => {
    if (document.querySelector('[data-testid="note"]')) window.__bench.firstNote = performance.now()
    else requestAnimationFrame(watch)
  }
  requestAnimationFrame(watch)
`

interface PageBench {
  longTasks: [number, number][]
  firstNote: number | null
  frames: number[] | null
  stopFrames: boolean
  startFrames: () => void
}

declare global {
  interface Window {
    __bench: PageBench
  }
}

async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript(PAGE_PROBE)
  return context
}

/** Opens the board once and answers the join dialog the way a person would. */
export async function join(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: 60_000 })
  await answerJoinDialog(page)
}

/** Waits for the join dialog and answers it: a name, the first side, Join; resolves once closed. */
export async function answerJoinDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog')
  await dialog.waitFor({ state: 'visible', timeout: 60_000 })
  await dialog.getByLabel(/your name/i).fill('Bench')
  await dialog.getByRole('radio').first().check()
  await dialog.getByRole('button', { name: /join/i }).click()
  await dialog.waitFor({ state: 'hidden', timeout: 30_000 })
}

export async function measureOpen(
  browser: Browser,
  origin: string,
  board: BoardRef,
  items: number,
  clientDir: string,
): Promise<BoardOpen> {
  const context = await newBenchContext(browser)
  try {
    const url = `${origin}/b/${board.name}#edit=${board.token}`
    // First visit: join. The measured open is the next one, as a returning participant.
    const first = await context.newPage()
    await join(first, url)
    await first.close()

    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    const scripts = new Set<string>()
    page.on('request', (request) => {
      const requested = new URL(request.url())
      if (requested.origin === origin && requested.pathname.endsWith('.js')) {
        scripts.add(requested.pathname)
      }
    })
    await page.goto(url, { timeout: 60_000 })
    await page.waitForFunction(() => window.__bench.firstNote !== null, null, { timeout: 60_000 })
    // Interactive: the notes are up and a whole second has passed without a long task.
    const deadline = now() + 60_000
    let probe = await readProbe(page)
    while (now() < deadline) {
      const lastEnd = Math.max(0, ...probe.longTasks.map(([start, duration]) => start + duration))
      const pageNow = await page.evaluate(() => performance.now())
      if (pageNow - Math.max(lastEnd, probe.firstNote ?? 0) >= 1000) break
      await sleep(100)
      probe = await readProbe(page)
    }
    if (now() >= deadline) throw new Error('the page never went a second without a long task')
    const firstNote = probe.firstNote ?? Number.NaN
    const lastEnd = Math.max(0, ...probe.longTasks.map(([start, duration]) => start + duration))
    const rendered = await page.locator('[data-testid="note"]').count()
    return {
      items,
      firstNoteMs: firstNote,
      interactiveMs: Math.max(firstNote, lastEnd),
      renderedNotes: rendered,
      longTasks: probe.longTasks.length,
      longTaskMs: probe.longTasks.reduce((sum, [, duration]) => sum + duration, 0),
      fetchedScriptGzipBytes: [...scripts].reduce(
        (sum, script) => sum + sizeOf(clientDir, script).gzipBytes,
        0,
      ),
    }
  } finally {
    await context.close()
  }
}

export async function measureDrag(
  browser: Browser,
  origin: string,
  board: BoardRef,
  notes: number,
  steps: number,
): Promise<DragFrames> {
  const context = await newBenchContext(browser)
  try {
    const page = await context.newPage()
    await join(page, `${origin}/b/${board.name}#edit=${board.token}`)
    // A big board opens at a readable zoom; "Fit" puts every note on screen.
    await page.getByRole('button', { name: /^fit/i }).click()
    const noteLocator = page.locator('[data-testid="note"]')
    await waitForCount(page, notes)
    const rendered = await noteLocator.count()
    await sleep(1000)
    const idleFrames = await recordFrames(page, () => sleep(1500))

    const note = noteLocator.nth(Math.floor(rendered / 2))
    const noteId = await note.getAttribute('data-note-id')
    const box = await note.boundingBox()
    if (!box || !noteId) throw new Error('the note to drag has no box on screen')
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    const before = await note.evaluate((element) => element.parentElement?.style.transform ?? '')
    const frames = await recordFrames(page, async () => {
      await page.mouse.move(start.x, start.y)
      await page.mouse.down()
      const began = now()
      // One pointer move per display frame, as a mouse or a finger delivers them.
      for (let step = 1; step <= steps; step++) {
        await page.mouse.move(start.x + step * 1.5, start.y + step * 0.75)
        await sleep(began + step * 16.7 - now())
      }
      await page.mouse.up()
      await sleep(300)
    })
    // The drop wrote the new position: the note stays where it was dragged to.
    const moved = await page
      .locator(`[data-note-id="${noteId}"]`)
      .evaluate((element, old) => element.parentElement?.style.transform !== old, before)
    const intervals = toIntervals(frames)
    return {
      notes,
      renderedNotes: rendered,
      frames: summarize(intervals),
      droppedShare:
        intervals.filter((interval) => interval > 25).length / Math.max(1, intervals.length),
      idleFrames: summarize(toIntervals(idleFrames)),
      moved,
    }
  } finally {
    await context.close()
  }
}

async function waitForCount(page: Page, expected: number): Promise<void> {
  await page
    .waitForFunction(
      (count) => document.querySelectorAll('[data-testid="note"]').length >= count,
      expected,
      { timeout: 30_000 },
    )
    .catch(() => undefined)
}

/** Records the time of every animation frame while `during` runs. */
async function recordFrames(page: Page, during: () => Promise<void>): Promise<number[]> {
  // The recorder is defined by the probe script: a function written here would be compiled with
  // helpers (esbuild's __name) that do not exist in the page.
  await page.evaluate(() => window.__bench.startFrames())
  await during()
  return page.evaluate(() => {
    window.__bench.stopFrames = true
    return window.__bench.frames ?? []
  })
}

function toIntervals(frames: readonly number[]): number[] {
  return frames.slice(1).map((time, index) => time - frames[index])
}

async function readProbe(page: Page): Promise<Pick<PageBench, 'longTasks' | 'firstNote'>> {
  return page.evaluate(() => ({
    longTasks: window.__bench.longTasks,
    firstNote: window.__bench.firstNote,
  }))
}

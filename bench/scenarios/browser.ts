import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { chromium, type Browser } from 'playwright-core'
import { addNote, type ParticipantId } from '@coboard/shared'
import { sleep } from '../clock'
import { connect } from '../clients/connections'
import { raisePriority } from '../machine'
import { launchServer, type BoardRef } from '../servers/launch'
import type { Summary } from '../stats'
import { buildClient } from './buildClient'
import { measureDrag, measureOpen } from './browserPage'
import {
  measureOpenLongTasks,
  measureTyping,
  type OpenLongTasks,
  type TypingFigures,
} from './browserTyping'
import type { ScenarioContext } from './propagation'

// Figure 5: what a participant's browser does. The client is built with Vite into the run's own
// folder (so a shared dist/ is never overwritten mid-run), served by Coboard's server, and driven
// in headless Chromium through the page as a person uses it: the join dialog by its labels, the
// notes by their roles. Each part reports "not measured" with its reason instead of failing.

export type Measured<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string }

export interface ScriptSize {
  readonly file: string
  readonly bytes: number
  readonly gzipBytes: number
}

export interface FirstLoad {
  /** Scripts index.html loads: its module entry and modulepreloads. */
  readonly scripts: readonly ScriptSize[]
  readonly gzipBytes: number
}

export interface BoardOpen {
  readonly items: number
  /** Navigation start → first note on screen. */
  readonly firstNoteMs: number
  /** Navigation start → notes on screen and the main thread free of long tasks for 1 s. */
  readonly interactiveMs: number
  readonly renderedNotes: number
  readonly longTasks: number
  readonly longTaskMs: number
  /** Gzipped size of the scripts the page actually fetched to open a board. */
  readonly fetchedScriptGzipBytes: number
}

export interface DragFrames {
  readonly notes: number
  readonly renderedNotes: number
  /** Intervals between animation frames while dragging. */
  readonly frames: Summary
  /** Share of frames longer than 1.5 × 16.7 ms (a missed vsync). */
  readonly droppedShare: number
  /** The same with nothing happening: the floor set by headless Chromium's own timing. */
  readonly idleFrames: Summary
  readonly moved: boolean
}

export interface BrowserFigures {
  readonly firstLoad: Measured<FirstLoad>
  readonly open: Measured<BoardOpen>
  readonly drag: Measured<DragFrames>
  /** Typing on a full board while others' cursors move, unthrottled and with the CPU at 1/4. */
  readonly typing: readonly Measured<TypingFigures>[]
  /** Long tasks while opening a board of typingOpenNotes, unthrottled and at 1/4. */
  readonly openLongTasks: readonly Measured<OpenLongTasks>[]
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

export async function runBrowser(context: ScenarioContext): Promise<BrowserFigures> {
  const { config, log } = context
  log('browser: building the client')
  const build = buildClient(context.workDir)
  if (!build.ok) {
    const failed = { ok: false, reason: build.reason } as const
    return {
      firstLoad: failed,
      open: failed,
      drag: failed,
      typing: [failed],
      openLongTasks: [failed],
    }
  }
  const clientDir = build.dir
  const firstLoad = measureFirstLoad(clientDir)
  if (!fs.existsSync('/usr/bin/chromium')) {
    const missing = { ok: false, reason: '/usr/bin/chromium is not installed' } as const
    return { firstLoad, open: missing, drag: missing, typing: [missing], openLongTasks: [missing] }
  }

  const server = await launchServer('coboard', { workDir: context.workDir, clientDir })
  let browser: Browser | null = null
  try {
    const [openBoard, dragBoard, typingBoard, middleBoard] = await server.createBoards(4)
    const { typingNotes, typingOpenNotes } = config.browser
    log(`browser: seeding ${config.browser.openItems} and ${config.browser.dragNotes} notes`)
    await seedBoard(server.port, openBoard, config.browser.openItems)
    await seedBoard(server.port, dragBoard, config.browser.dragNotes)
    await seedBoard(server.port, typingBoard, typingNotes)
    await seedBoard(server.port, middleBoard, typingOpenNotes)
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
      timeout: 60_000,
    })
    raiseBrowserPriority(config.nice)
    const origin = `http://127.0.0.1:${server.port}`
    log('browser: opening the big board')
    const open = await attempt(() =>
      measureOpen(browser!, origin, openBoard, config.browser.openItems, clientDir),
    )
    log('browser: dragging a note')
    const drag = await attempt(() =>
      measureDrag(browser!, origin, dragBoard, config.browser.dragNotes, config.browser.dragFrames),
    )
    const typing: Measured<TypingFigures>[] = []
    const openLongTasks: Measured<OpenLongTasks>[] = []
    for (const throttle of [1, 4]) {
      log(`browser: typing among ${config.browser.typingCursors} cursors, CPU ${throttle}x slower`)
      typing.push(
        await attempt(() =>
          measureTyping(browser!, origin, server.port, typingBoard, {
            notes: typingNotes,
            cursors: config.browser.typingCursors,
            keystrokes: config.browser.keystrokes,
            throttle,
          }),
        ),
      )
      log(`browser: opening ${typingOpenNotes} notes, CPU ${throttle}x slower`)
      openLongTasks.push(
        await attempt(() =>
          measureOpenLongTasks(browser!, origin, middleBoard, typingOpenNotes, throttle),
        ),
      )
    }
    return { firstLoad, open, drag, typing, openLongTasks }
  } finally {
    await browser?.close().catch(() => undefined)
    await server.stop()
  }
}

/** Sums the gzipped sizes of the scripts index.html loads before anything else runs. */ export function measureFirstLoad(
  clientDir: string,
): Measured<FirstLoad> {
  const html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8')
  const sources = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1])
  if (sources.length === 0) return { ok: false, reason: 'index.html loads no module script' }
  const scripts = [...new Set(sources)].map((source) => sizeOf(clientDir, source))
  return {
    ok: true,
    value: { scripts, gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0) },
  }
}

export function sizeOf(clientDir: string, source: string): ScriptSize {
  const file = path.join(clientDir, new URL(source, 'http://x/').pathname)
  const bytes = fs.readFileSync(file)
  // Level 9: what a static host that precompresses serves; the default level is within 2 %.
  return {
    file: path.relative(clientDir, file),
    bytes: bytes.length,
    gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length,
  }
}

/** Fills a board with `count` notes on a grid through a real provider; resolves once stored. */ export async function seedBoard(
  port: number,
  board: BoardRef,
  count: number,
): Promise<void> {
  const connection = connect('coboard', port, board, 'benchseed')
  try {
    await withTimeout(connection.synced, 30_000, 'seeding connection did not sync')
    const acknowledged = new Promise<void>((resolve) =>
      connection.onOutstanding((count) => {
        if (count === 0) resolve()
      }),
    )
    const columns = Math.ceil(Math.sqrt(count))
    // Batches of 500 notes: a few large updates, each well under the server's message limit.
    for (let start = 0; start < count; start += 500) {
      connection.doc.transact(() => {
        for (let index = start; index < Math.min(count, start + 500); index++) {
          addNote(connection.doc, {
            x: (index % columns) * 240,
            y: Math.floor(index / columns) * 180,
            authorId: 'benchseed' as ParticipantId,
            role: 'provider',
            text: `Note ${index}: what we heard in the room`,
            // In no stage: the first stage of a new board is private writing, which would hide
            // someone else's notes from the participant the browser plays.
            stageId: null,
          })
        }
      })
    }
    await withTimeout(acknowledged, 60_000, 'the server did not acknowledge the seed notes')
  } finally {
    connection.destroy()
  }
}
export async function attempt<T>(measure: () => Promise<T>): Promise<Measured<T>> {
  try {
    return { ok: true, value: await measure() }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: message.split('\n')[0] }
  }
}
function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return Promise.race([
    promise,
    sleep(ms).then(() => {
      throw new Error(message)
    }),
  ])
}

/** Chromium starts in its own session, so its autogroup needs the run's priority too. */ export function raiseBrowserPriority(
  nice: number,
): void {
  if (nice === 0) return
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[1]) === process.pid) raisePriority(nice, Number(entry))
    } catch {
      // The process ended meanwhile.
    }
  }
}

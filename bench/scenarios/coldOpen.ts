import type { Browser, BrowserContextOptions, CDPSession } from 'playwright-core'
import { sleep } from '../clock'
import { postBoard } from '../servers/launch'
import { answerJoinDialog } from './browserPage'

// Issue #17, part 1: someone opens the participant link for the first time on venue Wi-Fi. A
// fresh browser context each time (nothing cached, service workers blocked), the network slowed
// to Slow 4G and the CPU to a quarter, on a phone and on a laptop. Times are read in the page
// from navigation start; bytes are what Chromium's network layer says it received.

/** Chrome DevTools' "Slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
}

/** A mid-range phone's CPU against this machine's. */
export const CPU_SLOWDOWN = 4

export type Device = 'phone' | 'laptop'

const DEVICES: Readonly<Record<Device, BrowserContextOptions>> = {
  phone: {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    serviceWorkers: 'block',
  },
  laptop: { viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' },
}

/** One response the page received over HTTP. */
export interface LoadedFile {
  /** Path on the server, without the query. */
  readonly path: string
  /** Chromium's resource type: Document, Script, Stylesheet, Fetch, … */
  readonly type: string
  /** Bytes on the wire, headers included (`encodedDataLength`). */
  readonly bytes: number
}

export interface ColdOpen {
  readonly device: Device
  /** Navigation start → the join dialog painted. */
  readonly dialogMs: number
  /** Laptop: navigation start → the board ready after answering the dialog (phone: null). */
  readonly readyMs: number | null
  /** Laptop: the Join button pressed → the board ready. */
  readonly joinToReadyMs: number | null
  /** HTTP bytes received by the time the measurement ended. */
  readonly bytes: number
  /** Websocket payload received by then, as the page got it (after any decompression). */
  readonly socketBytes: number
  readonly files: readonly LoadedFile[]
}

// Runs in the page before its own scripts. A state is recorded at the animation frame after the
// DOM first shows it, so the time is when it could be painted, not when React wrote it.
const COLD_PROBE = `
  window.__cold = { dialogAt: null, joinAt: null, readyAt: null }
  const atFrame = (key) => requestAnimationFrame(() => { window.__cold[key] ??= performance.now() })
  let dialogSeen = false
  let readySeen = false
  const look = () => {
    const dialog = document.querySelector('[data-testid="join-dialog"]')
    if (!dialogSeen && dialog && dialog.getBoundingClientRect().height > 0) {
      dialogSeen = true
      atFrame('dialogAt')
    }
    const live = document.querySelector('[data-testid="connection-status"][data-status="live"]')
    const canvas = document.querySelector('[data-testid="board-canvas"]')
    if (dialogSeen && !readySeen && !dialog && live && canvas) {
      readySeen = true
      atFrame('readyAt')
    }
  }
  new MutationObserver(look).observe(document, {
    // A <dialog> is often inserted closed and opened a moment later: 'open' is a change too.
    subtree: true, childList: true, attributes: true,
    attributeFilter: ['data-status', 'open', 'hidden', 'class', 'style'],
  })
  document.addEventListener('click', (event) => {
    if (event.target.closest?.('[data-testid="join-submit"]')) window.__cold.joinAt ??= performance.now()
  }, true)
`

interface ColdProbe {
  dialogAt: number | null
  joinAt: number | null
  readyAt: number | null
}

declare global {
  interface Window {
    __cold: ColdProbe
  }
}

/**
 * Opens a new board's participant link cold on `device`. The phone stops at the join dialog
 * (what a newcomer waits for); the laptop answers it and goes on until the board is ready: its
 * canvas on screen, the connection live and the dialog gone.
 */
export async function measureColdOpen(
  browser: Browser,
  port: number,
  device: Device,
): Promise<ColdOpen> {
  const { editUrl } = await postBoard(port, `Phone join ${device}`)
  const context = await browser.newContext(DEVICES[device])
  try {
    await context.addInitScript(COLD_PROBE)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const traffic = recordTraffic(cdp)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await page.goto(editUrl, { waitUntil: 'commit', timeout: 60_000 })
    await page.waitForFunction(() => window.__cold?.dialogAt != null, null, { timeout: 60_000 })
    if (device === 'laptop') {
      await answerJoinDialog(page)
      await page.waitForFunction(() => window.__cold.readyAt !== null, null, { timeout: 60_000 })
    } else {
      // Whatever the page starts fetching right after the dialog shows still counts.
      await sleep(1000)
    }
    const probe = await page.evaluate(() => window.__cold)
    const files = traffic.files()
    return {
      device,
      dialogMs: probe.dialogAt ?? Number.NaN,
      readyMs: device === 'laptop' ? probe.readyAt : null,
      joinToReadyMs:
        device === 'laptop' && probe.readyAt !== null && probe.joinAt !== null
          ? probe.readyAt - probe.joinAt
          : null,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      socketBytes: traffic.socketBytes(),
      files,
    }
  } finally {
    await context.close()
  }
}

/** Listens to the page's network events: each finished response, and websocket payload in. */
function recordTraffic(cdp: CDPSession) {
  const responses = new Map<string, { path: string; type: string }>()
  const files: LoadedFile[] = []
  let socketBytes = 0
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    responses.set(requestId, { path: new URL(response.url).pathname, type })
  })
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId)
    if (response) files.push({ ...response, bytes: encodedDataLength })
  })
  cdp.on('Network.webSocketFrameReceived', ({ response }) => {
    // Binary frames come base64-encoded (opcode 2); text frames as they are.
    const data = response.payloadData
    socketBytes += response.opcode === 2 ? Buffer.from(data, 'base64').length : data.length
  })
  return { files: () => [...files], socketBytes: () => socketBytes }
}

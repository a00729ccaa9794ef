import fs from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { launchServer } from '../servers/launch'
import { attempt, CHROMIUM_ARGS, raiseBrowserPriority, type Measured } from './browser'
import { buildClient } from './buildClient'
import { measureColdOpen, type ColdOpen, type Device } from './coldOpen'
import { compareDeflate, type DeflateRun } from './largeBoardSync'
import type { ScenarioContext } from './propagation'
import { measureRoomJoin, type RoomJoin } from './roomJoin'

// Figure 8 (issue #17): joining by phone on venue Wi-Fi. A phone and a laptop opening the link
// cold on Slow 4G, a room of phones joining at once, and what permessage-deflate does for a
// newcomer to a big board and for everyone's small edits. Each part reports "not measured" with
// its reason instead of failing the others.

export interface PhoneJoinFigures {
  /** Each cold open of the participant link, in the order run. */
  readonly cold: Readonly<Record<Device, Measured<ColdOpen[]>>>
  readonly room: Measured<RoomJoin>
  readonly deflate: Measured<DeflateRun[]>
}

export async function runPhoneJoin(context: ScenarioContext): Promise<PhoneJoinFigures> {
  const { config, log } = context
  log('phone: building the client')
  const build = buildClient(context.workDir)
  if (!build.ok) {
    const failed = { ok: false, reason: build.reason } as const
    return { cold: { phone: failed, laptop: failed }, room: failed, deflate: failed }
  }
  const clientDir = build.dir
  const server = await launchServer('coboard', { workDir: context.workDir, clientDir })
  let cold: PhoneJoinFigures['cold']
  let room: Measured<RoomJoin>
  try {
    cold = await measureColdOpens(context, server.port)
    // What the browser phone fetched beyond the page's own tags (chunks it imported), so the
    // room's phones fetch it too.
    const fetched = cold.phone.ok ? cold.phone.value[0].files : []
    const extraAssets = fetched
      .filter((file) => file.path.startsWith('/assets/'))
      .map((file) => file.path)
    log(`phone: ${config.phone.phones} phones joining over ${config.phone.spreadMs / 1000} s`)
    room = await attempt(() => measureRoomJoin(config, server, context.workDir, extraAssets))
  } finally {
    await server.stop()
  }
  const deflate = await attempt(() => compareDeflate({ ...context, clientDir }))
  return { cold, room, deflate }
}

/** Phone and laptop in turn, each in a new context, `repetitions` times. */
async function measureColdOpens(
  context: ScenarioContext,
  port: number,
): Promise<PhoneJoinFigures['cold']> {
  if (!fs.existsSync('/usr/bin/chromium')) {
    const missing = { ok: false, reason: '/usr/bin/chromium is not installed' } as const
    return { phone: missing, laptop: missing }
  }
  let browser: Browser | null = null
  try {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
      timeout: 60_000,
    })
    raiseBrowserPriority(context.config.nice)
    const runs: Record<Device, ColdOpen[]> = { phone: [], laptop: [] }
    const reasons: Partial<Record<Device, string>> = {}
    for (let run = 0; run < context.config.phone.repetitions; run++) {
      for (const device of ['phone', 'laptop'] as const) {
        context.log(`phone: cold open on a ${device}, Slow 4G, CPU 4x slower (${run + 1})`)
        const open = await attempt(() => measureColdOpen(browser!, port, device))
        if (open.ok) runs[device].push(open.value)
        else reasons[device] ??= open.reason
      }
    }
    const measured = (device: Device): Measured<ColdOpen[]> =>
      runs[device].length > 0
        ? { ok: true, value: runs[device] }
        : { ok: false, reason: reasons[device] ?? 'no run' }
    return { phone: measured('phone'), laptop: measured('laptop') }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { phone: { ok: false, reason }, laptop: { ok: false, reason } }
  } finally {
    await browser?.close().catch(() => undefined)
  }
}

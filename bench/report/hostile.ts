import type { HostileFigures } from '../scenarios/hostile'
import { formatMs, formatNumber, formatRatio, judge } from '../stats'
import { ms } from './format'

/** The ceilings of figure 6 (issue 13). */
const RSS_RISE_LIMIT = 100 * 1024 * 1024
const P95_RATIO_LIMIT = 2

export function renderHostile(figures: HostileFigures): string[] {
  const { quiet, attacked } = figures
  const window = attacked.load.graceMs
  const rise = figures.rssPeak - figures.rssBefore
  const mb = (bytes: number) => `${formatNumber(bytes / 1024 ** 2, 0)} MB`
  const row = (label: string, run: typeof quiet) =>
    run.load.abandoned
      ? `| ${label} | not measured: ${run.load.abandoned} ||||`
      : `| ${label} | ${run.load.latencies.length} | ${formatMs(run.perDelivery.p50, window)} | ` +
        `${formatMs(run.perDelivery.p95, window)} | ${run.ack ? formatMs(run.ack.p95, window) : '–'} |`
  const ceiling = quiet.perDelivery.p95 * P95_RATIO_LIMIT
  return [
    `${figures.attackers} raw sockets open a board of ${mb(figures.boardBytes)}, ask for the whole ` +
      'board (sync step 1) 30 times at once and then twice a second, as their byte budget allows, and ' +
      'never read; a socket the server closes reconnects at once and starts again. Meanwhile ' +
      `${quiet.clients} providers edit another board on the same server (half of them active), as in ` +
      'figure 1. Everything comes from 127.0.0.1, so the attackers and the editors share one address. ' +
      'RSS is read from /proc every 100 ms.',
    '',
    '| editors of the other board | deliveries | p50 | p95 | ack p95 |',
    '|---|---:|---:|---:|---:|',
    row('quiet, before the attack', quiet),
    row('during the attack', attacked),
    '',
    `Server RSS ${mb(figures.rssBefore)} before the attack, at most ${mb(figures.rssPeak)} during ` +
      `it (+${mb(rise)}); ${figures.requests} whole boards asked for, ${figures.closed} attacker ` +
      'sockets closed by the server.',
    '',
    `**Targets**: RSS rise ≤ 100 MB: ${judge(rise, RSS_RISE_LIMIT, (gap) => mb(gap))}. ` +
      `p95 during the attack ≤ 2× quiet (${formatRatio(attacked.perDelivery.p95, quiet.perDelivery.p95)}): ` +
      `${judge(attacked.perDelivery.p95, ceiling, ms)}.`,
  ]
}

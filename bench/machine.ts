import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { now, sleep } from './clock'

// This machine is shared: other people's builds and tests run on the same two cores. A figure
// measured while they were busy is not the same figure, so every run records how much CPU the
// rest of the machine used, and waits (bounded) for a quiet moment before it starts.

/** Cumulative CPU time of the whole machine, in clock ticks, from /proc/stat. */
export interface CpuTimes {
  readonly busy: number
  readonly total: number
  readonly at: number
}

/** Reads /proc/stat; zeros where it cannot be read (not Linux). */
export function readCpuTimes(): CpuTimes {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]
    const fields = line.trim().split(/\s+/).slice(1).map(Number)
    // user nice system idle iowait irq softirq steal …: idle and iowait are not busy.
    const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0)
    const idle = fields[3] + fields[4]
    return { busy: total - idle, total, at: now() }
  } catch {
    return { busy: 0, total: 0, at: now() }
  }
}

/** CPU the whole machine used between two readings, in % of one core (0 … cores × 100). */
export function machineBusy(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total
  if (total <= 0) return Number.NaN
  return ((after.busy - before.busy) / total) * 100 * os.cpus().length
}

/**
 * Waits until the machine has been nearly idle (below `thresholdPercent` of one core) for two
 * seconds running, or `maxWaitMs` passes. Resolves with what it saw: the last second's load.
 */
export async function waitForQuiet(
  maxWaitMs: number,
  thresholdPercent = 25,
): Promise<{ waitedMs: number; busy: number }> {
  const started = now()
  let quietSeconds = 0
  let busy = Number.NaN
  while (now() - started < maxWaitMs) {
    const before = readCpuTimes()
    await sleep(1000)
    busy = machineBusy(before, readCpuTimes())
    quietSeconds = busy < thresholdPercent ? quietSeconds + 1 : 0
    if (quietSeconds >= 2) break
  }
  return { waitedMs: now() - started, busy }
}

/**
 * Raises the scheduling priority of this process and of its autogroup. Linux shares the CPU
 * between sessions ("autogroups") before it looks at nice values, so every other engineer's
 * command gets as much of the two cores as the whole benchmark does unless the group's own nice
 * value changes. Children forked later inherit both. Returns what it could not change.
 */
export function raisePriority(nice: number, pid = process.pid): string[] {
  const problems: string[] = []
  try {
    if (pid === process.pid) os.setPriority(nice)
    else os.setPriority(pid, nice)
  } catch (error) {
    problems.push(`nice: ${(error as Error).message}`)
  }
  try {
    fs.writeFileSync(`/proc/${pid}/autogroup`, String(nice))
  } catch (error) {
    problems.push(`autogroup: ${(error as Error).message}`)
  }
  return problems
}

/** Cores, CPU model, memory, Node version, for the report. */
export function describeMachine(): Record<string, string> {
  const cpus = os.cpus()
  return {
    cores: String(cpus.length),
    cpu: cpus[0]?.model ?? 'unknown',
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  }
}

/**
 * How long one small committed and synced insert takes on this disk (WAL, synchronous=FULL: an
 * fsync per commit): what a server pays per edit for a synced commit. Coboard syncs on the thread
 * pool, so its event loop does not wait this long, but its acks do.
 */
export function probeCommit(dir: string, count = 200): { p50: number; p95: number } {
  const file = path.join(dir, 'commit-probe.sqlite')
  const db = new Database(file)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.exec('CREATE TABLE probe (id INTEGER PRIMARY KEY, data BLOB)')
    const insert = db.prepare<[Buffer]>('INSERT INTO probe (data) VALUES (?)')
    const times: number[] = []
    for (let index = 0; index < count; index++) {
      const started = now()
      insert.run(Buffer.alloc(120))
      times.push(now() - started)
    }
    times.sort((a, b) => a - b)
    return { p50: times[Math.floor(count / 2)], p95: times[Math.floor(count * 0.95)] }
  } finally {
    db.close()
  }
}

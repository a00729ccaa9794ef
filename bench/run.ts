import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readBenchConfig, type Phase } from './config'
import { now } from './clock'
import { describeMachine, probeCommit, raisePriority } from './machine'
import { renderReport, SECTION_TITLES, type BenchResults, type PhaseResult } from './report/index'
import { spliceSections } from './report/splice'
import { runBrowser } from './scenarios/browser'
import { runCapacity } from './scenarios/capacity'
import { runDocGrowth } from './scenarios/docGrowth'
import { runDurability } from './scenarios/durability'
import { runHeavyRequests } from './scenarios/heavyRequests'
import { runHostile } from './scenarios/hostile'
import { runPhoneJoin } from './scenarios/phoneJoin'
import { runPropagation, type ScenarioContext } from './scenarios/propagation'
import { measureTheyFramingCost } from './scenarios/theyFramingCost'

// `npm run bench`: runs every phase in turn, each bounded in count and time, and writes the
// figures to bench/results.md (a quick run to bench/results.quick.md, so it never replaces the
// figures of a full run). A phase that fails is reported as not measured; the others still run.

const config = readBenchConfig(process.env)
const priorityProblems = config.nice === 0 ? [] : raisePriority(config.nice)
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coboard-bench-'))
const outFile =
  process.env.BENCH_OUT ??
  new URL(config.quick ? './results.quick.md' : './results.md', import.meta.url).pathname
const startedAt = new Date()
const loadAtStart = os.loadavg()
const started = now()
const log = (line: string) =>
  console.log(`[${((now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)

log(`run folder (logs, databases, build): ${workDir}`)
const commit = probeCommit(workDir)
const context: ScenarioContext = {
  config,
  workDir,
  // Servers other than the browser phase's serve no client; an empty folder is enough.
  clientDir: path.join(workDir, 'no-client'),
  log,
}

async function phase<T>(name: Phase, run: () => Promise<T>): Promise<PhaseResult<T> | null> {
  if (!config.phases.has(name)) return null
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    log(`${name} failed: ${message}`)
    return { ok: false, reason: message }
  }
}

const growth = await phase('growth', async () => {
  log('growth: building boards in process')
  return runDocGrowth(config.growth)
})
const propagation = await phase('propagation', () => runPropagation(context))
const capacity = await phase('capacity', () => runCapacity(context))
const durability = await phase('durability', () => runDurability(context))
const browser = await phase('browser', () =>
  config.browser.enabled ? runBrowser(context) : Promise.reject(new Error('BENCH_BROWSER=0')),
)
const hostile = await phase('hostile', () => runHostile(context))

const heavy = await phase('heavy', () => runHeavyRequests(context))
const phone = await phase('phone', () => runPhoneJoin(context))
const detector = await phase('detector', async () => measureTheyFramingCost())

const results: BenchResults = {
  config,
  startedAt,
  minutes: (now() - started) / 60_000,
  machine: {
    ...describeMachine(),
    date: startedAt.toISOString().slice(0, 10),
    'SQLite commit (WAL, synchronous=FULL)': `p50 ${commit.p50.toFixed(2)} ms, p95 ${commit.p95.toFixed(2)} ms`,
    'load average at start': loadAtStart.map((value) => value.toFixed(2)).join(', '),
  },
  priorityProblems,
  propagation,
  capacity,
  durability,
  growth,
  browser,
  heavy,
  hostile,
  phone,
  detector,
}
const report = renderReport(results)
const partial = config.phases.size < Object.keys(SECTION_TITLES).length && fs.existsSync(outFile)
fs.writeFileSync(
  outFile,
  partial
    ? spliceSections(
        fs.readFileSync(outFile, 'utf8'),
        report,
        [...config.phases].map((name) => SECTION_TITLES[name]),
      )
    : report,
)
console.log(`\n${report}`)
log(`written to ${outFile}`)
// Sockets of stopped children can keep handles open for a moment; the run is over.
process.exit(0)

import type { ParticipantId } from '@coboard/shared'
import { START_TIME, withPinnedEntropy } from './entropy'
import { ROLES } from './generate'
import type { Problem } from './invariants'
import type { Network } from './network'
import { createRandom, deriveSeed, type Random } from './random'
import { generateStep, type Step } from './steps'
import { World, type Setup } from './world'

// One fuzz run: a seed decides the workshop (how many devices, who is who), then each step in
// turn; then the network heals and the board is checked. A recorded run can be replayed with
// some steps removed, which is how shrink.ts finds the few steps that matter.

export type { Setup, Step }

export interface Failure {
  /** What broke first (a Problem kind, or `threw`): a shrunk run must break the same way. */
  readonly kind: string
  /** Every kind of problem the run found. */
  readonly kinds: readonly string[]
  readonly message: string
}

export interface RunResult {
  readonly setup: Setup
  readonly steps: readonly Step[]
  /** One line per step, then the outcome. */
  readonly log: readonly string[]
  /** Interesting things that happened, for choosing regression seeds. */
  readonly features: ReadonlySet<string>
  readonly failure: Failure | null
  /** Generated from its seed, or replayed from recorded (or hand-written) steps. */
  readonly origin: 'seed' | 'replay'
}

export interface RunOptions {
  /** How many steps a run takes, drawn between the two (both included). */
  readonly minSteps?: number
  readonly maxSteps?: number
}

export interface ReplayOptions {
  /** Sees the network before the first step, to attach observers while diagnosing. */
  readonly inspect?: (network: Network) => void
}

/** Generates and runs the workshop of `seed`, then heals the network and checks the board. */
export function runSeed(seed: number, options: RunOptions = {}): RunResult {
  const { minSteps = 30, maxSteps = 80 } = options
  const random = createRandom(seed)
  const setup = createSetup(seed, random)
  const stepCount = random.between(minSteps, maxSteps)
  return run(setup, 'seed', (world, perform) => {
    for (let n = 0; n < stepCount; n++) {
      perform(generateStep(random, world.network, world.registry, n))
    }
  })
}

/** Runs recorded steps (some perhaps removed, or written by hand) on the workshop of `setup`. */
export function replay(setup: Setup, steps: readonly Step[], options: ReplayOptions = {}) {
  return run(setup, 'replay', (world, perform) => {
    options.inspect?.(world.network)
    for (const step of steps) perform(step)
  })
}

function createSetup(seed: number, random: Random): Setup {
  const clientCount = random.between(3, 5)
  const ids = new Set<number>()
  while (ids.size < clientCount + 1) ids.add(random.uint32())
  const [serverId, ...clientIds] = ids
  const actors = clientIds.map((_, i) => ({
    participantId: `p${i + 1}` as ParticipantId,
    role: random.pick(ROLES),
    name: `Person ${i + 1}`,
  }))
  // Sometimes the last device is the first person's second device: one participant, two docs.
  if (random.chance(0.25)) actors[clientCount - 1] = actors[0]
  return { seed, serverId, clientIds, actors, template: random.chance(0.5) }
}

function run(
  setup: Setup,
  origin: RunResult['origin'],
  body: (world: World, perform: (step: Step) => void) => void,
): RunResult {
  return withPinnedEntropy((pin) => {
    pin(deriveSeed(setup.seed, 0xfeed), START_TIME)
    const world = new World(setup)
    const steps: Step[] = []
    let failure: Failure | null = null
    try {
      body(world, (step) => {
        steps.push(step)
        pin(deriveSeed(setup.seed, step.n), START_TIME + (step.n + 1) * 1000)
        world.execute(step)
      })
      const last = steps.length > 0 ? steps[steps.length - 1].n : 0
      pin(deriveSeed(setup.seed, 0xbeef), START_TIME + (last + 2) * 1000)
      world.heal()
      const problems = world.check()
      if (problems.length > 0) failure = toFailure(problems)
    } catch (error) {
      // A verb or a reader threw: shared/ promises neither does, whatever the document holds.
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
      failure = { kind: 'threw', kinds: ['threw'], message }
    } finally {
      world.destroy()
    }
    const { log, features } = world
    return { setup, steps, log, features, failure, origin }
  })
}

function toFailure(problems: readonly Problem[]): Failure {
  const shown = problems.slice(0, 8).map((p) => `  ${p.kind}: ${p.detail}`)
  if (problems.length > shown.length) shown.push(`  … and ${problems.length - shown.length} more`)
  const kinds = [...new Set(problems.map((problem) => problem.kind))]
  return { kind: problems[0].kind, kinds, message: shown.join('\n') }
}

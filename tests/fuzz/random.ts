// A seeded pseudo-random generator. Math.random cannot be replayed, so every random choice in
// the fuzz tests comes from here: the same seed gives the same run on every machine.

/** A stream of pseudo-random numbers drawn from one seed. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An unsigned 32-bit integer. */
  uint32(): number
  /** An integer in [0, n). */
  int(n: number): number
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** One value, chosen with probability proportional to its weight. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T
}

/** mulberry32: tiny, fast, and good enough to explore a state space (not for cryptography). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const uint32 = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
  const next = () => uint32() / 4294967296
  const int = (n: number) => Math.floor(next() * n)
  return {
    next,
    uint32,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[int(items.length)]
    },
    weighted: (choices) => {
      const total = choices.reduce((sum, [weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [weight, value] of choices) {
        roll -= weight
        if (roll < 0) return value
      }
      return choices[choices.length - 1][1]
    },
  }
}

/**
 * An independent seed for a sub-stream, from a seed and labels (say, a step number). A
 * sub-stream keyed by step number gives a step the same ids however many steps before it are
 * removed, which is what lets a failing run be shrunk.
 */
export function deriveSeed(seed: number, ...labels: readonly number[]): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0
  for (const label of labels) {
    hash = Math.imul(hash ^ (label >>> 0), 0x85ebca6b) >>> 0
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0
    hash = (hash ^ (hash >>> 16)) >>> 0
  }
  return hash
}

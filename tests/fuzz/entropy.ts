import { createRandom } from './random'

// shared/ draws random ids (crypto.getRandomValues) and stamps times (Date.now). Both are
// replaced during a run by streams the run controls, so that a seed always makes the same ids
// and times, and a step makes the same ones however many steps before it a shrink removed.

/** 2026-11-28 09:00 UTC: the board's creation time; each step is a second later. */
export const START_TIME = Date.UTC(2026, 10, 28, 9, 0)

/** Sets the random stream and the clock that shared/ sees from now on. */
export type Pin = (stream: number, time: number) => void

/** Runs `body` with pinned entropy, and puts the real crypto and clock back afterwards. */
export function withPinnedEntropy<T>(body: (pin: Pin) => T): T {
  const crypto = globalThis.crypto
  const originalRandomValues = crypto.getRandomValues
  const originalNow = Date.now
  let random = createRandom(0)
  let time = START_TIME
  crypto.getRandomValues = <A extends ArrayBufferView | null>(array: A): A => {
    if (array) {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
      for (let i = 0; i < bytes.length; i++) bytes[i] = random.int(256)
    }
    return array
  }
  Date.now = () => time
  try {
    return body((stream, at) => {
      random = createRandom(stream)
      time = at
    })
  } finally {
    crypto.getRandomValues = originalRandomValues
    Date.now = originalNow
  }
}

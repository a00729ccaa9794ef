import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { expect } from 'vitest'

// Golden files live in tests/golden/ at the repository root. Run the tests with UPDATE_GOLDEN=1
// to rewrite them after an intended change, then read the diff before committing it.

const GOLDEN_DIR = new URL('../../../../../tests/golden/', import.meta.url)

/** Asserts that `actual` equals the golden file `name`, or rewrites it when UPDATE_GOLDEN=1. */
export function expectGolden(name: string, actual: string): void {
  const file = new URL(name, GOLDEN_DIR)
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true })
    writeFileSync(file, actual)
    return
  }
  let expected: string
  try {
    expected = readFileSync(file, 'utf8')
  } catch {
    throw new Error(`Golden file tests/golden/${name} is missing: run with UPDATE_GOLDEN=1`)
  }
  expect(actual).toBe(expected)
}

import { describe, expect, it } from 'vitest'
import { detectTheyFraming } from './theyFraming'
import { THEY_FRAMING_HELD_OUT } from './theyFramingHeldOut'

// The honest figures: statements written apart from the detector and never used to tune it.
// Only the totals are printed, not the statements it misreads, so that nobody tunes on them by
// reading a test log. The floors hold what it reaches today; the aim is 0.9 for both.

describe('the they detector on held-out statements', () => {
  it('keeps its precision and recall on statements it has never seen', () => {
    let truePositives = 0
    let falsePositives = 0
    let falseNegatives = 0
    for (const statement of THEY_FRAMING_HELD_OUT) {
      const { isTheyFraming } = detectTheyFraming(statement.text)
      if (isTheyFraming && statement.theyFraming) truePositives++
      if (isTheyFraming && !statement.theyFraming) falsePositives++
      if (!isTheyFraming && statement.theyFraming) falseNegatives++
    }
    const precision = truePositives / (truePositives + falsePositives)
    const recall = truePositives / (truePositives + falseNegatives)
    console.log(
      `they detector, held out: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} ` +
        `over ${THEY_FRAMING_HELD_OUT.length} statements never used for tuning`,
    )
    expect(precision).toBeGreaterThanOrEqual(0.9)
    expect(recall).toBeGreaterThanOrEqual(0.75)
  })
})

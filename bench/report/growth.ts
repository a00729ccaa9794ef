import { LOAD_ATTEMPTS, type GrowthFigures, type GrowthResult } from '../scenarios/docGrowth'
import { formatMs, formatNumber, formatRatio, judge } from '../stats'
import { kb, TARGETS } from './format'

function growthRow(label: string, result: GrowthResult): string {
  return (
    `| ${label} | ${formatNumber(result.notes, 0)} | ${result.moves} | ${result.writers} | ${result.stepsPerMove} | ` +
    `${kb(result.bytes)} | ${kb(result.bytesV2)} | ${formatMs(result.loadMs)} ms |`
  )
}

export function renderGrowth(figures: GrowthFigures): string[] {
  const { perDrop, perDropOneWriter, naive, perDropSmall } = figures
  return [
    'Pure Yjs in one process. Every note is moved with `moveItem`; each round of moves is made by the next ' +
      'of several writers (separate `Y.Doc`s that then exchange state, as a server relays it), so the ' +
      'overwritten positions come from many clients, as on a real board. Size is ' +
      '`Y.encodeStateAsUpdate` (what a joining client downloads and the snapshot stores); V2 is ' +
      '`encodeStateAsUpdateV2`, for comparison. Load is the median of ' +
      `${LOAD_ATTEMPTS} cold loads: \`Y.applyUpdate\` into a ` +
      'fresh doc plus `readBoard`.',
    '',
    '| case | notes | moves each | writers | writes per move | size | size (V2) | load |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    growthRow('per drop (the product)', perDrop),
    growthRow('per drop, one writer', perDropOneWriter),
    growthRow('per drop, small board', perDropSmall),
    growthRow('naive per pointer step', naive),
    '',
    `Naive per-pointer-step writes against per-drop writes of the same drags: ${formatRatio(naive.bytes, perDropSmall.bytes)} the size, ` +
      `${formatRatio(naive.loadMs, perDropSmall.loadMs)} the load time.`,
    '',
    `**Target** (≤ 200 KB for ${formatNumber(perDrop.notes, 0)} notes × ${perDrop.moves} moves): ` +
      `${kb(perDrop.bytes)}, ${judge(perDrop.bytes, TARGETS.documentBytes, kb)}. ` +
      `With one writer: ${kb(perDropOneWriter.bytes)}, ${judge(perDropOneWriter.bytes, TARGETS.documentBytes, kb)}. ` +
      'Load time has no target; it is reported for the record.',
  ]
}

import { LOAD_ATTEMPTS, type GrowthFigures, type GrowthResult } from '../scenarios/docGrowth'
import { formatMs, formatNumber, formatRatio, judge } from '../stats'
import { kb, TARGETS } from './format'

function growthRow(label: string, result: GrowthResult): string {
  return (
    `| ${label} | ${formatNumber(result.notes, 0)} | ${result.moves} | ${result.pointerMoves} | ${result.stepsPerMove} | ${result.writers} | ` +
    `${kb(result.bytes)} | ${kb(result.bytesV2)} | ${formatMs(result.loadMs)} ms |`
  )
}

export function renderGrowth(figures: GrowthFigures): string[] {
  const { unmoved, dragOnce, dragOnceNaive, perDrop, perDropOneWriter, naive, perDropSmall } =
    figures
  return [
    'Pure Yjs in one process. Every note is moved with `moveItem`; each round of moves is made by the next ' +
      'of several writers (separate `Y.Doc`s that then exchange state, as a server relays it), so the ' +
      'overwritten positions come from many clients, as on a real board. Size is ' +
      '`Y.encodeStateAsUpdate` (what a joining client downloads and the snapshot stores); V2 is ' +
      '`encodeStateAsUpdateV2`, for comparison. Load is the median of ' +
      `${LOAD_ATTEMPTS} cold loads: \`Y.applyUpdate\` into a ` +
      'fresh doc plus `readBoard`.',
    '',
    '"Moved 100 times" is measured both ways. As 100 pointer moves of a drag: Coboard sends those ' +
      'through presence and writes the note once, on drop; a naive board writes every one. As 100 ' +
      'separate drops: every drop is a write that must survive, and each overwritten position stays ' +
      "in Yjs's history as a tombstone of about 10 bytes in the V1 encoding (1 in V2).",
    '',
    '| case | notes | drags each | pointer moves per drag | writes per drag | writers | size | size (V2) | load |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    growthRow('the notes alone, never moved', unmoved),
    growthRow('one drag, written on drop (the product)', dragOnce),
    growthRow('one drag, naive write per pointer move', dragOnceNaive),
    growthRow('separate drops (the product)', perDrop),
    growthRow('separate drops, one writer', perDropOneWriter),
    growthRow('separate drops, small board', perDropSmall),
    growthRow('separate drags, naive per pointer move', naive),
    '',
    `Naive per-pointer-move writes against Coboard's per-drop writes of the same drags: ` +
      `${formatRatio(dragOnceNaive.bytes, dragOnce.bytes)} the size and ` +
      `${formatRatio(dragOnceNaive.loadMs, dragOnce.loadMs)} the load time for one drag per note; ` +
      `${formatRatio(naive.bytes, perDropSmall.bytes)} the size for repeated drags on the small board.`,
    '',
    `**Target** (≤ 200 KB for ${formatNumber(dragOnce.notes, 0)} notes × ${dragOnce.pointerMoves} moves):`,
    '',
    `- ${dragOnce.pointerMoves} pointer moves per note, the case the target contrasts with naive per-move writes: ` +
      `${kb(dragOnce.bytes)}, ${judge(dragOnce.bytes, TARGETS.documentBytes, kb)} (naive: ${kb(dragOnceNaive.bytes)}). ` +
      `The notes alone, never moved, take ${kb(unmoved.bytes)}: a note (id, author, role, stage, time, ` +
      'colour, text) costs about ' +
      `${formatNumber(unmoved.bytes / unmoved.notes, 0)} bytes before it is ever moved, so the moves add ` +
      `${kb(dragOnce.bytes - unmoved.bytes)}.`,
    `- ${perDrop.moves} separate drops per note: ${kb(perDrop.bytes)}, ` +
      `${judge(perDrop.bytes, TARGETS.documentBytes, kb)}; with one writer ${kb(perDropOneWriter.bytes)}. ` +
      `In V2 it would be ${kb(perDrop.bytesV2)}, but the Hocuspocus sync protocol sends V1. Going lower means ` +
      'dropping history (a new document epoch), which would stop offline copies from merging; Coboard does not.',
    '',
    'Load time has no target; it is reported for the record.',
  ]
}

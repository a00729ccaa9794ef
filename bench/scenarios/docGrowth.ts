import * as Y from 'yjs'
import {
  addNote,
  initBoard,
  moveItem,
  readBoard,
  type ItemId,
  type ParticipantId,
} from '@coboard/shared'
import { now } from '../clock'
import type { BenchConfig } from '../config'

// Figure 4: what a long session does to the document. Notes are moved with moveItem by several
// participants in turn (each round by the next writer, whose state is then shared with the
// others, as a server would), so the history holds many clients' overwrites, as a real board
// does. "Moved 100 times" is read both ways: 100 pointer moves of one drag, which Coboard writes
// once on drop and a naive board writes step by step; and 100 separate drops, each a write.

export interface GrowthResult {
  readonly notes: number
  readonly moves: number
  readonly writers: number
  /** Pointer moves in each drag; only the written ones reach the document. */
  readonly pointerMoves: number
  /** Pointer steps written per move (1 = once per drop). */
  readonly stepsPerMove: number
  /** Y.encodeStateAsUpdate length, bytes. */
  readonly bytes: number
  readonly bytesV2: number
  /** Median of several cold loads: Y.applyUpdate into a fresh doc, then readBoard. */
  readonly loadMs: number
  readonly buildMs: number
}

export interface GrowthFigures {
  /** The notes alone, never moved: the floor every other case builds on. */
  readonly unmoved: GrowthResult
  /** One drag of `moves` pointer moves per note, written on drop (the product)… */
  readonly dragOnce: GrowthResult
  /** …and the same drags written at every pointer move. */
  readonly dragOnceNaive: GrowthResult
  readonly perDrop: GrowthResult
  /** The same with a single writer: the least history the same moves can leave. */
  readonly perDropOneWriter: GrowthResult
  /** The same notes and moves with naive per-pixel writes, at a smaller note count… */
  readonly naive: GrowthResult
  /** …next to per-drop writes at that same count, for the like-for-like ratio. */
  readonly perDropSmall: GrowthResult
}

export function runDocGrowth(config: BenchConfig['growth']): GrowthFigures {
  return {
    unmoved: growBoard(config.notes, 0, config.writers, 0, 0),
    dragOnce: growBoard(config.notes, 1, config.writers, 1, config.moves),
    dragOnceNaive: growBoard(config.notes, 1, config.writers, config.moves),
    perDrop: growBoard(config.notes, config.moves, config.writers, 1),
    perDropOneWriter: growBoard(config.notes, config.moves, 1, 1),
    naive: growBoard(config.naiveNotes, config.moves, config.writers, config.naiveStepsPerMove),
    perDropSmall: growBoard(config.naiveNotes, config.moves, config.writers, 1),
  }
}

/**
 * Builds a board of `notes` notes each dragged `moves` times, writing `stepsPerMove` positions per
 * drag, and measures it. `pointerMoves` is for the report: how many pointer moves each drag had.
 */
export function growBoard(
  notes: number,
  moves: number,
  writerCount: number,
  stepsPerMove: number,
  pointerMoves = stepsPerMove,
): GrowthResult {
  const started = now()
  const writers = Array.from({ length: writerCount }, () => new Y.Doc())
  initBoard(writers[0], { title: 'Growth', createdAt: 0 })
  const ids: ItemId[] = []
  const positions: { x: number; y: number }[] = []
  const columns = Math.ceil(Math.sqrt(notes))
  for (let index = 0; index < notes; index++) {
    const x = (index % columns) * 240
    const y = Math.floor(index / columns) * 180
    const author = `w${index % writerCount}` as ParticipantId
    ids.push(
      addNote(writers[0], { x, y, authorId: author, role: 'provider', text: `Note ${index}` }),
    )
    positions.push({ x, y })
  }
  shareState(writers, 0)
  let random = 42
  // A small seeded generator: every run moves the notes along the same paths.
  const next = () => {
    random = (random * 1103515245 + 12345) % 2147483648
    return random / 2147483648
  }
  for (let round = 0; round < moves; round++) {
    const writer = round % writerCount
    const doc = writers[writer]
    for (let index = 0; index < notes; index++) {
      const from = positions[index]
      const to = {
        x: from.x + Math.round((next() - 0.5) * 400),
        y: from.y + Math.round((next() - 0.5) * 400),
      }
      for (let step = 1; step <= stepsPerMove; step++) {
        const share = step / stepsPerMove
        moveItem(
          doc,
          ids[index],
          from.x + (to.x - from.x) * share,
          from.y + (to.y - from.y) * share,
        )
      }
      positions[index] = to
    }
    shareState(writers, writer)
  }
  const buildMs = now() - started
  const update = Y.encodeStateAsUpdate(writers[0])
  const bytesV2 = Y.encodeStateAsUpdateV2(writers[0]).length
  for (const writer of writers) writer.destroy()
  return {
    notes,
    moves,
    writers: writerCount,
    pointerMoves,
    stepsPerMove,
    bytes: update.length,
    bytesV2,
    loadMs: measureLoad(update, notes),
    buildMs,
  }
}

/** Hands everything `source` has to every other writer, as the server would relay it. */
function shareState(writers: Y.Doc[], source: number): void {
  for (let index = 0; index < writers.length; index++) {
    if (index === source) continue
    const diff = Y.encodeStateAsUpdate(writers[source], Y.encodeStateVector(writers[index]))
    Y.applyUpdate(writers[index], diff)
  }
}

/** Cold loads per board; the median is reported. */
export const LOAD_ATTEMPTS = 5

function measureLoad(update: Uint8Array, notes: number): number {
  const times: number[] = []
  for (let attempt = 0; attempt < LOAD_ATTEMPTS; attempt++) {
    const started = now()
    const doc = new Y.Doc()
    Y.applyUpdate(doc, update)
    const board = readBoard(doc)
    times.push(now() - started)
    if (board.items.size !== notes) throw new Error(`loaded ${board.items.size} of ${notes} notes`)
    doc.destroy()
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
}

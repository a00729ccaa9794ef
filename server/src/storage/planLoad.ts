import * as Y from 'yjs'
import { migrateBoard, repairBoard } from '@coboard/shared'
import { isBroken } from '../collab/isBroken'

/** Which stored rows to load a board from, and what had to be left out. */
export interface LoadPlan {
  /** The rows to apply, in order. */
  readonly rows: readonly Uint8Array[]
  /** Indexes of the rows left out, because applying them threw or broke the document. */
  readonly skipped: readonly number[]
  /**
   * Rows that applied but after which the board could not be migrated and repaired: the board
   * opens from the rows before them, its last good state. Empty when nothing was cut off.
   */
  readonly cutOff: readonly number[]
}

/**
 * Plans the loading of a board's stored rows (snapshot first, then the log) on a throwaway
 * document, so that the board itself only ever gets rows that load: a row that throws or breaks
 * the document is left out, and if migrating and repairing the result fails, the newest rows
 * are cut off until it succeeds. Throws only when not even the first row can be prepared.
 * Costs a second load of the board; it runs once per board load.
 */
export function planLoad(updates: readonly Uint8Array[]): LoadPlan {
  const kept: number[] = []
  const skipped: number[] = []
  let trial = new Y.Doc()
  try {
    updates.forEach((update, index) => {
      if (applies(trial, update)) return kept.push(index)
      skipped.push(index)
      // What a row did before it threw may linger: start again from the rows that loaded.
      trial.destroy()
      trial = build(updates, kept)
    })
    for (let end = kept.length; end > 0; end--) {
      if (end < kept.length) {
        trial.destroy()
        trial = build(updates, kept.slice(0, end))
      }
      if (prepares(trial)) {
        return {
          rows: kept.slice(0, end).map((index) => updates[index]),
          skipped,
          cutOff: kept.slice(end),
        }
      }
    }
    throw new Error('not even the first loadable row of the board can be migrated and repaired')
  } finally {
    trial.destroy()
  }
}

function applies(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    Y.applyUpdate(doc, update)
  } catch {
    return false
  }
  return !isBroken(doc)
}

function build(updates: readonly Uint8Array[], indexes: readonly number[]): Y.Doc {
  const doc = new Y.Doc()
  for (const index of indexes) Y.applyUpdate(doc, updates[index])
  return doc
}

/** What SchemaGuard and Repair will do to the board as it loads, tried first. */
function prepares(doc: Y.Doc): boolean {
  try {
    migrateBoard(doc)
    repairBoard(doc)
  } catch {
    return false
  }
  return !isBroken(doc)
}

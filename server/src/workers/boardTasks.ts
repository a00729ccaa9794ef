import * as Y from 'yjs'
import {
  buildBoardFromExport,
  parseBoardExport,
  renderExport as renderFormat,
  type Access,
  type ExportFormat,
  type ReportNames,
} from '@coboard/shared'
import { readStoredRows } from '../storage/readStoredRows'
import { HttpError } from '../http/HttpError'
import { splitState } from './splitState'
import { resolveReportNames } from '../http/routes/exportNames'

// What the board worker threads do (boardWorker.mjs loads this file in each of them): the work
// on whole boards that takes a CPU for hundreds of milliseconds, kept off the thread that serves
// every socket. Tasks take and return plain data only: bytes, strings, numbers.

/** A board to render: its stored updates (snapshot first) and how it was asked for. */
export interface RenderTask {
  readonly boardId: string
  readonly updates: readonly Uint8Array[]
  readonly format: ExportFormat
  /** The `?names=` the request asked for, already checked to be one; null: the board's own. */
  readonly requestedNames: ReportNames | null
  /** What the request's token opens: a view token may not ask for more names than the board shows. */
  readonly access: Access
  /** `?backup=full` on the board file, already checked to come with the edit token. */
  readonly fullBackup: boolean
  /** Milliseconds since the epoch: when the export is made. */
  readonly now: number
}

/** A rendered export: its UTF-8 bytes, and what the answer's headers say of it. */
export interface RenderedFile {
  readonly body: Uint8Array
  readonly contentType: string
  readonly fileName: string
  readonly isDocument: boolean
}

/** The file, or the HTTP status and words of a refusal; null when the updates hold no board. */
export type RenderOutcome =
  | { readonly ok: true; readonly file: RenderedFile }
  | { readonly ok: false; readonly status: number; readonly error: string }
  | null

/** Rebuilds the board from its stored updates, as the server loads it, and renders it. */
export function renderExport(task: RenderTask): RenderOutcome {
  const board = readStoredRows(task.updates)
  if (!board) return null
  try {
    const names = resolveReportNames(task.requestedNames, board.meta.reportNames, task.access)
    const file = renderFormat(task.format, {
      boardId: task.boardId,
      board,
      names,
      now: new Date(task.now),
      fullBackup: task.fullBackup,
    })
    return { ok: true, file: { ...file, body: Buffer.from(file.body, 'utf8') } }
  } catch (error) {
    // An HttpError would reach the server thread as a bare Error: send its status along.
    if (error instanceof HttpError) return { ok: false, status: error.status, error: error.message }
    throw error
  }
}

/** Largest piece of a new board's state written to the store in one go (see splitState). */
const STORED_PIECE_BYTES = 512 * 1024

/** What reading a board file gives: the new board's whole state, or the reason in words. */
export type ImportOutcome =
  | {
      readonly ok: true
      /** The new board's document, as updates to store in order (see splitState). */
      readonly states: readonly Uint8Array[]
      /** For operators only: the live title is in the document. */
      readonly title: string
      readonly items: number
    }
  | { readonly ok: false; readonly error: string }

/** Parses and validates a board file's bytes and builds the new board's document from it. */
export function readImport(task: { readonly body: Uint8Array }): ImportOutcome {
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(task.body))
  } catch {
    return { ok: false, error: 'The request body is not valid JSON.' }
  }
  const parsed = parseBoardExport(json)
  if (!parsed.ok) return parsed
  const doc = new Y.Doc()
  try {
    buildBoardFromExport(parsed.value, doc)
    return {
      ok: true,
      states: splitState(doc, STORED_PIECE_BYTES),
      title: parsed.value.board.title.trim() || 'Imported board',
      items: parsed.value.items.length,
    }
  } finally {
    doc.destroy()
  }
}

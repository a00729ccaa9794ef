import { createHash } from 'node:crypto'
import type { RenderOutcome } from '../workers/boardTasks'

/** Bytes of rendered files kept, all boards together; the least recently asked for go first. */
const MAX_CACHED_BYTES = 32 * 1024 * 1024

/**
 * How long a file is kept. Reports and the board file say when they were made, and a copy says
 * when it was first made: at most this long ago, for a board that has not changed since.
 */
const KEEP_MS = 10 * 60_000

interface Entry {
  readonly boardId: string
  readonly outcome: RenderOutcome & { ok: true }
  readonly madeAt: number
}

/** What an export is made from: the board as stored, and how it was asked for. */
export interface ExportRequest {
  readonly boardId: string
  /** The board's stored updates, snapshot first: any change to the board changes them. */
  readonly updates: readonly Uint8Array[]
  readonly format: string
  /** Everything else the file depends on: the naming asked for and what the token opens. */
  readonly variant: string
}

/**
 * Rendered exports by what they were made from, so that the same board in the same state asked
 * for in the same format and naming is rendered once, and concurrent asks share one render. The
 * key holds a hash of the board's stored bytes, so any edit (or compaction) makes a new key, and
 * an old copy is never served for a changed board; old copies age out by size and time.
 */
export class ExportCache {
  private readonly entries = new Map<string, Entry>()
  private readonly rendering = new Map<string, Promise<RenderOutcome>>()
  private bytes = 0

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** The export `request` asks for: a kept copy, the render under way, or `render`'s. */
  async get(request: ExportRequest, render: () => Promise<RenderOutcome>): Promise<RenderOutcome> {
    const key = keyOf(request)
    const kept = this.entries.get(key)
    if (kept && this.now() - kept.madeAt < KEEP_MS) {
      // Map order is the eviction order: move it to the back.
      this.entries.delete(key)
      this.entries.set(key, kept)
      return kept.outcome
    }
    if (kept) this.remove(key)
    const under = this.rendering.get(key)
    if (under) return under
    const made = render()
    this.rendering.set(key, made)
    try {
      const outcome = await made
      if (outcome?.ok) this.keep(key, { boardId: request.boardId, outcome, madeAt: this.now() })
      return outcome
    } finally {
      this.rendering.delete(key)
    }
  }

  /** Drops every copy of a board (it was deleted: nothing of it stays behind). */
  forgetBoard(boardId: string): void {
    for (const [key, entry] of this.entries) if (entry.boardId === boardId) this.remove(key)
  }

  private keep(key: string, entry: Entry): void {
    const size = entry.outcome.file.body.byteLength
    if (size > MAX_CACHED_BYTES / 4) return
    this.entries.set(key, entry)
    this.bytes += size
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= MAX_CACHED_BYTES) break
      this.remove(oldest)
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.outcome.file.body.byteLength
  }
}

/** The board, its stored bytes' hash (lengths included, so rows cannot run together) and the ask. */
function keyOf(request: ExportRequest): string {
  const hash = createHash('sha256')
  for (const update of request.updates) {
    hash.update(`${update.byteLength}:`)
    hash.update(update)
  }
  return `${request.boardId}/${request.format}/${request.variant}/${hash.digest('base64url')}`
}

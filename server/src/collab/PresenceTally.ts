import type { Document } from '@hocuspocus/server'

const tallies = new WeakMap<Document, PresenceTally>()

/**
 * The bytes of each presence state of one board, as JSON, kept current as states come, change
 * and go (by their connection closing or timing out): what a newcomer to the board downloads.
 */
export class PresenceTally {
  private readonly bytes = new Map<number, number>()
  private sum = 0

  /** The tally of `document`, started on first use from the states it already holds. */
  static of(document: Document): PresenceTally {
    let tally = tallies.get(document)
    if (!tally) {
      tally = new PresenceTally(document)
      tallies.set(document, tally)
    }
    return tally
  }

  private constructor(document: Document) {
    const { awareness } = document
    for (const clientId of awareness.getStates().keys()) this.measure(document, clientId)
    awareness.on(
      'update',
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
        for (const clientId of [...added, ...updated]) this.measure(document, clientId)
        for (const clientId of removed) this.forget(clientId)
      },
    )
  }

  /** Bytes of every state together. */
  get total(): number {
    return this.sum
  }

  /** Bytes of one client's state; 0 when it has none. */
  sizeOf(clientId: number): number {
    return this.bytes.get(clientId) ?? 0
  }

  private measure(document: Document, clientId: number): void {
    const state = document.awareness.getStates().get(clientId)
    if (state === undefined) return this.forget(clientId)
    const bytes = presenceBytes(state)
    this.sum += bytes - this.sizeOf(clientId)
    this.bytes.set(clientId, bytes)
  }

  private forget(clientId: number): void {
    this.sum -= this.sizeOf(clientId)
    this.bytes.delete(clientId)
  }
}

/** The size of a presence state as it travels: UTF-8 JSON. */
export function presenceBytes(state: unknown): number {
  return Buffer.byteLength(JSON.stringify(state))
}

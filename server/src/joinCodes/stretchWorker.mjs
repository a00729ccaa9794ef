// The join-code stretching thread (JoinCodeStretcher.ts runs it through piscina). Plain
// JavaScript on purpose: it needs only node:crypto, so it loads the same under tsx, vitest and
// plain Node without a TypeScript loader in the thread.
import { pbkdf2Sync } from 'node:crypto'
import { threadId } from 'node:worker_threads'

/**
 * PBKDF2-HMAC-SHA256 of `code`, 32 bytes. Synchronous on purpose: the asynchronous pbkdf2 would
 * hand the work to libuv's thread pool, where the disk's fdatasync waits (storage/WalSync.ts).
 * `threadId` says where it ran, so tests can see it never runs on the main thread.
 *
 * @param {{ code: string, salt: string, rounds: number }} task
 * @returns {{ secret: Uint8Array, threadId: number }}
 */
export default function stretch({ code, salt, rounds }) {
  return { secret: pbkdf2Sync(code, salt, rounds, 32, 'sha256'), threadId }
}

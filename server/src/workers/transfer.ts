import { move, transferableSymbol, valueSymbol } from 'piscina'

// Boards are megabytes: copying them between threads costs the server's own thread milliseconds
// each way. Bytes that own their whole buffer are moved instead (the sender loses them).

/** `bytes` itself when it is the whole of its buffer, else a copy that is (a pooled Buffer). */
export function movable(bytes: Uint8Array): Uint8Array {
  const whole =
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  return whole ? bytes : bytes.slice()
}

/** `value` as a worker's result, with `bytes` (a part of it, owning its buffer) moved, not copied. */
export function moveResult<T>(value: T, bytes: Uint8Array | null): T {
  if (!bytes || movable(bytes) !== bytes) return value
  return move({
    get [transferableSymbol]() {
      return [bytes.buffer]
    },
    get [valueSymbol]() {
      return value as object
    },
  }) as T
}

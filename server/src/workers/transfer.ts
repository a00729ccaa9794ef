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

/**
 * `value` as a worker's result, with `bytes` (parts of it, each owning its buffer) moved, not
 * copied.
 */
export function moveResult<T>(value: T, bytes: Uint8Array | readonly Uint8Array[] | null): T {
  const parts = bytes === null ? [] : bytes instanceof Uint8Array ? [bytes] : bytes
  if (parts.length === 0 || parts.some((part) => movable(part) !== part)) return value
  return move({
    get [transferableSymbol]() {
      return parts.map((part) => part.buffer)
    },
    get [valueSymbol]() {
      return value as object
    },
  }) as T
}

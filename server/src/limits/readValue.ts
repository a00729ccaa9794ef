import { Malformed, type ByteReader } from './ByteReader'

// The values inside a Yjs update: lib0's `writeAny` encoding (map entries, array items) and the
// JSON of older content kinds. They are skipped, not built. Depth is bounded because decoding
// is recursive, and so is everything that later encodes or exports the board: a value that
// decodes here could still overflow the stack there, on every sync, for everyone.

/** Deepest nesting of a value; the board's own values nest two or three levels. */
const MAX_VALUE_DEPTH = 32

/** A value nested deeper than MAX_VALUE_DEPTH. */
export class TooDeep extends Error {}

/** A count of things that take at least a byte each. */
export function readCount(reader: ByteReader): number {
  const count = reader.varUint()
  if (count > reader.remaining) throw new Malformed('more values than bytes')
  return count
}

/** Skips one lib0 `writeAny` value, at most MAX_VALUE_DEPTH deep. */
export function readAny(reader: ByteReader, depth: number): void {
  if (depth > MAX_VALUE_DEPTH) throw new TooDeep()
  const type = reader.uint8()
  switch (type) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return
    case 125: // integer
      return reader.skipVarInt()
    case 124: // float32
      return reader.skip(4)
    case 123: // float64
    case 122: // bigint64
      return reader.skip(8)
    case 119: // string
      reader.skipVarString()
      return
    case 118: {
      // object
      const count = readCount(reader)
      for (let i = 0; i < count; i++) {
        reader.skipVarString()
        readAny(reader, depth + 1)
      }
      return
    }
    case 117: {
      // array
      const count = readCount(reader)
      for (let i = 0; i < count; i++) readAny(reader, depth + 1)
      return
    }
    case 116: // bytes
      reader.skipVarBytes()
      return
    default:
      throw new Malformed('unknown value type')
  }
}

/** Throws TooDeep for parsed JSON nested deeper than MAX_VALUE_DEPTH. */
export function checkJsonDepth(value: unknown, depth = 0): void {
  if (value === null || typeof value !== 'object') return
  if (depth > MAX_VALUE_DEPTH) throw new TooDeep()
  for (const child of Object.values(value)) checkJsonDepth(child, depth + 1)
}

/** Skips a `writeAny` value that must be an object: Yjs reads a subdocument's options from it. */
export function readAnyObject(reader: ByteReader): void {
  if (reader.peek() !== 118) throw new Malformed('options that are not an object')
  readAny(reader, 0)
}

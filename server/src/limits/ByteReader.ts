/** Thrown by ByteReader when the bytes end early or a number does not fit. */
export class Malformed extends Error {
  constructor(what: string) {
    super(what)
    this.name = 'Malformed'
  }
}

// Fatal, like lib0's: a string that is not UTF-8 makes Yjs throw, so it is malformed here too.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Reads the lib0 encoding that Yjs and the Hocuspocus protocol use, strictly: unlike lib0's own
 * decoder, reading past the end always throws (lib0's `readUint8` returns undefined there, which
 * is how a short update can make a Yjs decoding loop run without consuming anything).
 */
export class ByteReader {
  private pos = 0

  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.pos
  }

  /** The next byte, without reading it. */
  peek(): number {
    if (this.pos >= this.bytes.length) throw new Malformed('unexpected end')
    return this.bytes[this.pos]
  }

  uint8(): number {
    if (this.pos >= this.bytes.length) throw new Malformed('unexpected end')
    return this.bytes[this.pos++]
  }

  /** An unsigned varint; more than 2^53 cannot be a length or clock that Yjs handles exactly. */
  varUint(): number {
    let value = 0
    let scale = 1
    for (;;) {
      const byte = this.uint8()
      value += (byte & 0x7f) * scale
      if (byte < 0x80) break
      scale *= 128
      if (scale > 2 ** 56) throw new Malformed('number too long')
    }
    if (value > Number.MAX_SAFE_INTEGER) throw new Malformed('number out of range')
    return value
  }

  /** Skips a signed varint (lib0 `writeVarInt`): the same continuation bit as varUint. */
  skipVarInt(): void {
    for (let length = 1; this.uint8() >= 0x80; length++) {
      if (length > 8) throw new Malformed('number too long')
    }
  }

  skip(length: number): void {
    if (length > this.remaining) throw new Malformed('length beyond the message')
    this.pos += length
  }

  /** Skips a length-prefixed byte string and returns its length. */
  skipVarBytes(): number {
    const length = this.varUint()
    this.skip(length)
    return length
  }

  /** A length-prefixed byte string, as a view (no copy). */
  varBytes(): Uint8Array {
    const length = this.varUint()
    const start = this.pos
    this.skip(length)
    return this.bytes.subarray(start, start + length)
  }

  /**
   * Skips a string and returns its length in UTF-16 units (what Yjs counts), checking that it is
   * UTF-8. Plain ASCII, most of what a board holds, is counted without decoding.
   */
  skipVarString(): number {
    const bytes = this.varBytes()
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] >= 0x80) return decodeUtf8(bytes).length
    }
    return bytes.length
  }

  varString(): string {
    return decodeUtf8(this.varBytes())
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes)
  } catch {
    throw new Malformed('text that is not UTF-8')
  }
}

import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'

/**
 * A document's whole state as several updates of at most about `maxBytes` each, which applied
 * in order give the same document as `Y.encodeStateAsUpdate(doc)`. A new board's state is
 * written to SQLite on the thread that serves every socket, synchronously: one 5 MB row held up
 * every board's saves for tens of milliseconds, while rows of half a megabyte written a turn
 * apart never do. Each piece holds consecutive structs of one client (a later piece may refer to
 * an earlier one, which is why the order matters); the last carries the delete set.
 */
export function splitState(doc: Y.Doc, maxBytes: number): Uint8Array[] {
  const pieces: Uint8Array[] = []
  for (const [client, structs] of doc.store.clients) {
    let first = 0
    while (first < structs.length) {
      const body = new Y.UpdateEncoderV1()
      let end = first
      // One struct at least, so a struct larger than maxBytes still makes progress.
      while (end < structs.length) {
        structs[end].write(body, 0)
        end++
        if (encoding.length(body.restEncoder) >= maxBytes) break
      }
      const piece = new Y.UpdateEncoderV1()
      encoding.writeVarUint(piece.restEncoder, 1)
      encoding.writeVarUint(piece.restEncoder, end - first)
      piece.writeClient(client)
      encoding.writeVarUint(piece.restEncoder, structs[first].id.clock)
      encoding.writeUint8Array(piece.restEncoder, body.toUint8Array())
      // An empty delete set: the last piece brings the whole one.
      encoding.writeVarUint(piece.restEncoder, 0)
      pieces.push(piece.toUint8Array())
      first = end
    }
  }
  // No structs (every client's state is in the vector), then the whole delete set.
  pieces.push(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)))
  return pieces
}

import type { IncomingMessage } from 'node:http'
import { HttpError } from './HttpError'

/** Largest JSON body the API reads. */
export const MAX_JSON_BODY_BYTES = 64 * 1024

/**
 * Reads and parses a JSON request body of at most `limit` bytes. Throws HttpError 415 for another
 * content type, 413 for a larger body (before reading it, when Content-Length says so) and 400
 * for text that is not JSON.
 */
export async function readJsonBody(
  req: IncomingMessage,
  limit = MAX_JSON_BODY_BYTES,
): Promise<unknown> {
  const body = await readJsonBytes(req, limit)
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.')
  }
}

/**
 * The bytes of a JSON request body of at most `limit` bytes, unparsed (for a worker thread to
 * parse). Throws HttpError 415 and 413 as readJsonBody does.
 */
export async function readJsonBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  if (mediaType !== 'application/json') {
    throw new HttpError(415, 'Send the request body as JSON, with Content-Type: application/json.')
  }
  const tooLarge = new HttpError(413, `The request body is larger than ${limit / 1024} KiB.`)
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge
  return readBody(req, limit, tooLarge)
}

/** Collects the body, or rejects once it passes `limit`; the rest is then drained unread, so
 *  the client can still read the answer. (Breaking out of `for await` would destroy the socket.) */
function readBody(req: IncomingMessage, limit: number, tooLarge: Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      req.off('data', onData)
      req.off('end', onEnd)
      req.resume()
      reject(tooLarge)
    }
    const onEnd = () => resolve(Buffer.concat(chunks))
    req.on('data', onData)
    req.once('end', onEnd)
    req.once('error', reject)
  })
}

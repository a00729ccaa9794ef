import http, { type IncomingHttpHeaders } from 'node:http'
import type { CreateBoardResponse } from '@coboard/shared'

/**
 * Creates a board through the real API and returns its id and tokens. Tests get a blank board
 * (no agenda, so no private first stage hiding notes) unless they ask for a template.
 */
export async function createBoard(
  baseUrl: string,
  body: { title: string; purpose?: string; template?: 'co-production' | 'blank' } = {
    title: 'Test board',
  },
): Promise<CreateBoardResponse> {
  const response = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'blank', ...body }),
  })
  if (response.status !== 201) {
    throw new Error(`creating a board answered ${response.status}: ${await response.text()}`)
  }
  return (await response.json()) as CreateBoardResponse
}

/** What `rawRequest` got back. */
export interface RawResponse {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly body: string
  /** The body as it came over the wire: still compressed when it was sent so. */
  readonly bytes: Buffer
}

/**
 * Sends one HTTP request with `path` exactly as given (fetch would normalise `..` and
 * percent-escapes away before the server could see them).
 */
export function rawRequest(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const bytes = Buffer.concat(chunks)
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: bytes.toString('utf8'),
            bytes,
          })
        })
      },
    )
    request.on('error', reject)
    request.end(options.body)
  })
}

import WebSocket from 'ws'

/**
 * Tries a websocket handshake with a plain `ws` client (which, unlike a browser, can send any
 * Origin or none) and resolves with the HTTP status: 101 when the upgrade was accepted.
 */
export function tryUpgrade(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers })
    ws.on('open', () => {
      resolve(101)
      ws.close()
    })
    ws.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0)
      ws.terminate()
    })
    ws.on('error', reject)
  })
}

import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'
import { setupWSConnection } from '@y/websocket-server/utils'
import { runServerProcess } from './serverProcess'

// C. The bare y-websocket reference server (@y/websocket-server 0.1.1, the last on Yjs 13), set up
// exactly as its own bin/server.js does: no auth, no persistence, the room name is the URL path.

runServerProcess(async () => {
  const wss = new WebSocketServer({ noServer: true })
  wss.on('connection', setupWSConnection)
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain' })
    response.end('okay')
  })
  server.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    dataFile: null,
    close: async () => {
      for (const ws of wss.clients) ws.terminate()
      wss.close()
      await new Promise((resolve) => server.close(resolve))
    },
  }
})

import net from 'node:net'
import type { AddressInfo } from 'node:net'

/**
 * A TCP proxy standing in for the reverse proxy in front of several server instances: new
 * connections go to the current target, and `switchTo` changes it for the next ones. When an
 * upstream dies, the client's connection through the proxy dies with it, and the client's own
 * reconnect lands on the new target: a real provider, reconnecting to the same URL.
 */
export interface SwitchableProxy {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  switchTo(targetUrl: string): void
  close(): Promise<void>
}

export async function startProxy(targetUrl: string): Promise<SwitchableProxy> {
  let target = new URL(targetUrl)
  const sockets = new Set<net.Socket>()
  const server = net.createServer((downstream) => {
    const upstream = net.connect({ host: target.hostname, port: Number(target.port) })
    for (const socket of [downstream, upstream]) {
      sockets.add(socket)
      socket.once('close', () => sockets.delete(socket))
      // Either side failing ends both, as a proxy losing its upstream does.
      socket.once('error', () => {
        downstream.destroy()
        upstream.destroy()
      })
    }
    downstream.pipe(upstream)
    upstream.pipe(downstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    switchTo(next) {
      target = new URL(next)
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

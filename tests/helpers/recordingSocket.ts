import WebSocket from 'ws'

/**
 * A `ws` socket class that keeps every frame the server sent through any socket made from it:
 * what a device (or an attacker's raw socket) would receive, document state and awareness alike.
 */
export function recordingSocket(): { readonly WebSocket: typeof WebSocket; text(): string } {
  const frames: Buffer[] = []
  class RecordingWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols)
      this.on('message', (data: WebSocket.RawData) => {
        if (Array.isArray(data)) frames.push(...data)
        else frames.push(Buffer.from(data as ArrayBuffer))
      })
    }
  }
  return {
    WebSocket: RecordingWebSocket as unknown as typeof WebSocket,
    // Yjs writes strings as UTF-8 inside its binary frames, so words show up as substrings.
    text: () => Buffer.concat(frames).toString('utf8'),
  }
}

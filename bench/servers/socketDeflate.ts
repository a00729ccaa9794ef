import { WebSocketServer, type PerMessageDeflateOptions } from 'ws'

// Issue #17 compares a newcomer's sync and everyone's small edits with and without
// permessage-deflate on the same server. Coboard's server has no switch for it (SOCKET_DEFLATE in
// server/src/collab/CollabSocket.ts is fixed), so a comparison run overrides, in the server
// process only, what `ws` negotiates at each upgrade.

/** Makes every WebSocketServer in this process negotiate `deflate` (false: never compress). */
export function overrideSocketDeflate(deflate: PerMessageDeflateOptions | false): void {
  const handleUpgrade = WebSocketServer.prototype.handleUpgrade
  WebSocketServer.prototype.handleUpgrade = function (this: WebSocketServer, ...args) {
    // ws reads the option at each upgrade; it is not part of its typed public surface.
    ;(this.options as { perMessageDeflate: unknown }).perMessageDeflate = deflate
    return handleUpgrade.apply(this, args)
  } as typeof handleUpgrade
}

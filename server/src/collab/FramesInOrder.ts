import type { WebSocket } from 'ws'

export interface FrameHandlers {
  /** Hands a frame to Hocuspocus. */
  handle(frame: Uint8Array): void
  /** Waits for the address's turn to be sent a whole board; false when it may not be. */
  turn(frame: Uint8Array): Promise<boolean>
  /** The turn was refused: close the socket. */
  refused(): void
}

/**
 * Hands one socket's frames on in the order they came, holding them while a whole-board request
 * waits for its address's turn (see BoardAnswerBudget). The socket is not read meanwhile, so the
 * sender's TCP window holds back what it sends next; only what `ws` had already read waits here.
 */
export class FramesInOrder {
  private readonly held: { readonly frame: Uint8Array; readonly request: boolean }[] = []
  private waiting = false

  constructor(
    private readonly ws: WebSocket,
    private readonly handlers: FrameHandlers,
  ) {}

  /** Takes the next frame of the socket; `request` when it asks for a whole board. */
  push(frame: Uint8Array, request: boolean): void {
    if (!this.waiting && !request) return this.handlers.handle(frame)
    this.held.push({ frame, request })
    if (!this.waiting) void this.drain()
  }

  private async drain(): Promise<void> {
    this.waiting = true
    this.ws.pause()
    try {
      while (this.held.length > 0 && this.ws.readyState === this.ws.OPEN) {
        const next = this.held.shift()!
        if (next.request && !(await this.handlers.turn(next.frame))) {
          this.held.length = 0
          return this.handlers.refused()
        }
        if (this.ws.readyState !== this.ws.OPEN) break
        this.handlers.handle(next.frame)
      }
    } finally {
      this.held.length = 0
      this.waiting = false
      this.ws.resume()
    }
  }
}

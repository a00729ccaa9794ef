import { MessageType } from '@hocuspocus/server'
import type { WebSocket } from 'ws'
import type { BoardAnswerBudget } from '../limits/BoardAnswerBudget'
import { ByteReader } from '../limits/ByteReader'

/** Longest a request waits for the answer to the one before (a board that refused the socket never answers). */
const PREVIOUS_ANSWER_WAIT_MS = 5_000

/**
 * One socket's requests for a whole board (sync step 1, presence query), each charged to its
 * client address's allowance before Hocuspocus sees it. One sync answer at a time: a request
 * waits until the answer to the one before has been handed to the socket, so a peer that does
 * not read is never sent a second board before gateSends finds its buffer full; and what was
 * charged for answers never sent is given back when the socket closes.
 */
export class WholeBoardTurns {
  /** Charges of sync requests whose answer has not gone out yet, oldest first. */
  private readonly charges: number[] = []
  private wake: (() => void)[] = []

  constructor(
    private readonly ws: WebSocket,
    private readonly address: string,
    private readonly budget: BoardAnswerBudget,
    /** What a presence query is charged: the most a board's presence may hold. */
    private readonly presenceCost: number,
  ) {}

  /** Waits for the address's turn for `frame`; false when it may not have one (or closed). */
  async take(frame: Uint8Array): Promise<boolean> {
    const { board, type } = readHeader(frame)
    const sync = type === MessageType.Sync || type === MessageType.SyncReply
    if (sync && this.charges.length > 0) await this.previousAnswer()
    const charged = await this.budget.take(
      this.address,
      sync ? this.budget.estimate(board) : this.presenceCost,
    )
    if (charged === null) return false
    if (this.ws.readyState !== this.ws.OPEN) {
      this.budget.settle(this.address, null, charged, 0)
      return false
    }
    if (sync) this.charges.push(charged)
    return true
  }

  /** A sync answer of `bytes` for `board` was handed to the socket. */
  answered(board: string, bytes: number): void {
    this.budget.settle(this.address, board, this.charges.shift() ?? 0, bytes)
    this.wakeAll()
  }

  /** The socket closed: what was charged for answers it never got is given back. */
  closed(): void {
    for (const charged of this.charges.splice(0)) this.budget.settle(this.address, null, charged, 0)
    this.wakeAll()
  }

  private previousAnswer(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        // Never answered: its charge is given back, and this request goes ahead.
        const stale = this.charges.shift()
        if (stale !== undefined) this.budget.settle(this.address, null, stale, 0)
        resolve()
      }, PREVIOUS_ANSWER_WAIT_MS)
      timer.unref()
      this.wake.push(() => {
        clearTimeout(timer)
        resolve()
      })
    })
  }

  private wakeAll(): void {
    for (const wake of this.wake.splice(0)) wake()
  }
}

/** The board a frame is addressed to and its message type; admitted frames always have both. */
function readHeader(frame: Uint8Array): { board: string; type: number } {
  const reader = new ByteReader(frame)
  const board = reader.varString().split('\0')[0]
  return { board, type: reader.varUint() }
}

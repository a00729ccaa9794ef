import type { LimitsConfig } from '../limits/LimitsConfig'
import { AddressBudgets } from '../limits/AddressBudgets'
import { TokenBucket } from '../limits/TokenBucket'
import { inspectFrame } from '../limits/inspectFrame'
import { AuthTimeout, RateLimited, type CloseCode } from '@coboard/shared'

/**
 * What to do with one incoming frame: hand it to Hocuspocus, hand it on once its address may be
 * sent a whole board ('request': a sync step 1 or presence query), ignore it, or close with a code.
 */
export type Admission = 'pass' | 'request' | 'drop' | CloseCode

/**
 * One socket's allowance: buckets of messages, bytes and work time, and a deadline to
 * authenticate; and its share of its address's bytes, which outlives the socket.
 */
export class SocketAllowance {
  private readonly messages: TokenBucket
  private readonly bytes: TokenBucket
  private readonly work: TokenBucket
  private deadline: NodeJS.Timeout | null

  constructor(
    private readonly limits: LimitsConfig,
    /** Looked up on every frame: a bucket held by an idle socket could be forgotten meanwhile. */
    private readonly addressBytes: () => TokenBucket,
    onTimeout: (close: CloseCode) => void,
  ) {
    this.messages = new TokenBucket(limits.messageBurst, limits.messagesPerSecond)
    // Never smaller than the largest message, or that message could never pass.
    const byteBurst = Math.max(limits.byteBurst, limits.maxMessageBytes + requestCost(limits))
    this.bytes = new TokenBucket(byteBurst, limits.bytesPerSecond)
    this.work = new TokenBucket(limits.workBurstMs, limits.workMsPerSecond)
    this.deadline = setTimeout(() => onTimeout(AuthTimeout), limits.authTimeoutMs)
    this.deadline.unref()
  }

  /** Charges `frame` to the buckets, then checks what it says. */
  admit(frame: Uint8Array): Admission {
    // Charged before the frame is read, so a flood costs its sender, not the server.
    if (!this.messages.take(1) || !this.bytes.take(frame.byteLength)) return RateLimited
    if (!this.addressBytes().take(frame.byteLength)) return RateLimited
    const verdict = inspectFrame(frame, this.limits.maxUpdateOperations, requestCost(this.limits))
    if (verdict.kind === 'refuse') return verdict.close
    if (verdict.kind === 'drop') return 'drop'
    if (!this.bytes.take(verdict.cost)) return RateLimited
    return verdict.cost > 0 ? 'request' : 'pass'
  }

  /** Charges `ms` the server spent on this socket's updates; false once it is in debt. */
  chargeWork(ms: number): boolean {
    return this.work.charge(ms)
  }

  /** The socket opened a board: from now on only Hocuspocus's idle timeout applies. */
  authenticated(): void {
    this.end()
  }

  end(): void {
    if (this.deadline) clearTimeout(this.deadline)
    this.deadline = null
  }
}

/**
 * The allowances of all open sockets. The Limits extension finds a socket's allowance by the
 * fetch Request that Hocuspocus hands to its hooks, which is the one CollabSocket created.
 */
export class SocketLimiter {
  private readonly byRequest = new WeakMap<Request, SocketAllowance>()
  private readonly addressBytes: AddressBudgets<TokenBucket>

  constructor(readonly limits: LimitsConfig) {
    // Never smaller than the largest message, or that message could never pass.
    const burst = Math.max(limits.addressByteBurst, limits.maxMessageBytes)
    this.addressBytes = new AddressBudgets(
      () => new TokenBucket(burst, limits.addressBytesPerSecond),
      (bucket) => bucket.secondsUntil(burst) === 0,
    )
  }

  /**
   * Starts the allowance of a new socket from `address` (as clientAddress counts it);
   * `onTimeout` closes it if it never authenticates.
   */
  open(request: Request, address: string, onTimeout: (close: CloseCode) => void): SocketAllowance {
    const allowance = new SocketAllowance(
      this.limits,
      () => this.addressBytes.of(address),
      onTimeout,
    )
    this.byRequest.set(request, allowance)
    return allowance
  }

  markAuthenticated(request: Request): void {
    this.byRequest.get(request)?.authenticated()
  }

  /** Charges work to the socket of `request`; false when that socket is over its time budget. */
  chargeWork(request: Request, ms: number): boolean {
    return this.byRequest.get(request)?.chargeWork(ms) ?? true
  }
}

/**
 * What a sync step 1 or an awareness query costs on top of its bytes: its answer may be the whole
 * board, so a few bytes must not buy it over and over. A full bucket pays for 32 of them.
 */
function requestCost(limits: LimitsConfig): number {
  return Math.floor(limits.byteBurst / 32)
}

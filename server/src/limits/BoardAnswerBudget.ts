import RedisClient from 'ioredis'
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'
import type { Logger } from '../logger'
import type { LimitsConfig } from './LimitsConfig'

/** What a board is assumed to cost before one of its answers has been seen. */
const UNKNOWN_BOARD_BYTES = 64 * 1024

/** Boards whose last answer size is remembered; the oldest is forgotten past this. */
const REMEMBERED_BOARDS = 10_000

type AnswerLimits = Pick<
  LimitsConfig,
  'boardAnswerBytesPerAddress' | 'boardAnswerWindowMs' | 'boardAnswerMaxWaitMs'
>

/**
 * The allowance of whole-board answers per client address: the bytes of the answers to sync
 * step 1 and presence queries, which a few bytes can ask for and which can each be the whole
 * board. These requests are rare (one per opening of a board), so they may wait for Redis: with
 * `redisUrl` the allowance is shared by every instance on that Redis, without it (or while Redis
 * is unreachable) each instance counts in memory. Every other message stays on the synchronous
 * per-address buckets of SocketLimiter.
 *
 * A request is charged its board's last answer size before it is handled (so that a burst of
 * requests cannot all pass on an empty count), and `settle` corrects the charge once the answer's
 * size is known.
 */
export class BoardAnswerBudget {
  private readonly limiter: RateLimiterAbstract
  private readonly redis: RedisClient | null
  private readonly answerBytes = new Map<string, number>()

  constructor(
    private readonly limits: AnswerLimits,
    redisUrl: string | null,
    private readonly log: Logger,
  ) {
    const options = {
      points: limits.boardAnswerBytesPerAddress,
      duration: limits.boardAnswerWindowMs / 1000,
      keyPrefix: 'coboard:answers',
    }
    const memory = new RateLimiterMemory(options)
    this.redis = redisUrl
      ? new RedisClient(redisUrl, {
          connectionName: 'coboard-limits',
          // A request must not wait for Redis to come back: the memory limiter stands in.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
        })
      : null
    this.redis?.on('error', (error: Error) => log.debug({ err: error }, 'limits: Redis error'))
    this.limiter = this.redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: this.redis,
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory
  }

  /** What a whole-board request for `board` is charged up front. */
  estimate(board: string): number {
    return this.answerBytes.get(board) ?? UNKNOWN_BOARD_BYTES
  }

  /**
   * Waits until `address` may be sent `bytes` of whole-board answers and charges them. Resolves
   * with the charge (for `settle`), or null, charging nothing, when that would take longer than
   * `boardAnswerMaxWaitMs`.
   */
  async take(address: string, bytes: number): Promise<number | null> {
    // A board larger than the whole allowance is charged the allowance, or it never opens.
    const points = Math.max(1, Math.min(bytes, this.limits.boardAnswerBytesPerAddress))
    const deadline = performance.now() + this.limits.boardAnswerMaxWaitMs
    for (;;) {
      try {
        await this.limiter.consume(address, points)
        return points
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) {
          // Neither Redis nor memory could count: serving is better than locking everyone out.
          this.log.error({ err: error }, 'could not count whole-board answers')
          return points
        }
        if (performance.now() + error.msBeforeNext > deadline) return null
        await new Promise((resolve) => setTimeout(resolve, error.msBeforeNext + 1).unref())
      }
    }
  }

  /**
   * Corrects a charge of `charged` once its answer went out `bytes` long, and remembers that
   * size for `board`; with `board` null and `bytes` 0, gives back a charge whose answer never
   * went out.
   */
  settle(address: string, board: string | null, charged: number, bytes: number): void {
    if (board !== null) {
      this.answerBytes.delete(board)
      this.answerBytes.set(board, bytes)
      if (this.answerBytes.size > REMEMBERED_BOARDS) {
        this.answerBytes.delete(this.answerBytes.keys().next().value as string)
      }
    }
    const difference = bytes - charged
    if (difference === 0) return
    const correction =
      difference > 0
        ? this.limiter.penalty(address, difference)
        : this.limiter.reward(address, -difference)
    correction.catch((error: unknown) =>
      this.log.debug({ err: error }, 'could not correct a whole-board charge'),
    )
  }

  close(): void {
    this.redis?.disconnect()
  }
}

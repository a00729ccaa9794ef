import RedisClient from 'ioredis'
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'
import type { Logger } from '../logger'

const SECONDS_PER_MINUTE = 60

/**
 * How many exports each client address may ask for: `perMinute` in each minute (0: no limit).
 * With Redis, the count is shared by every instance, so a client cannot spread its exports over
 * them; while Redis cannot be reached, each instance counts alone.
 */
export class ExportBudget {
  private readonly limiter: RateLimiterAbstract | null
  private readonly redis: RedisClient | null

  /** @param redisUrl the instances' shared Redis (`REDIS_URL`), or null; never logged. */
  constructor(
    private readonly perMinute: number,
    redisUrl: string | null,
    log: Logger,
  ) {
    this.redis = perMinute > 0 && redisUrl ? connect(redisUrl, log) : null
    if (perMinute <= 0) {
      this.limiter = null
      return
    }
    const budget = { points: perMinute, duration: SECONDS_PER_MINUTE, keyPrefix: 'coboard-exports' }
    const alone = new RateLimiterMemory(budget)
    this.limiter = this.redis
      ? new RateLimiterRedis({ ...budget, storeClient: this.redis, insuranceLimiter: alone })
      : alone
  }

  /** Counts one export for `address`: 0 when it may go ahead, or whole seconds to wait. */
  async take(address: string): Promise<number> {
    if (!this.limiter) return 0
    try {
      await this.limiter.consume(address)
      return 0
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes)
        return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
      throw refusal
    }
  }

  close(): void {
    this.redis?.disconnect()
  }
}

/** The 429 message for an address that must wait `seconds`. */
export function tooManyExportsMessage(seconds: number): string {
  return `Too many exports were asked for from this network in the last minute. Try again in ${seconds} seconds.`
}

/**
 * A client that fails a command at once while Redis is down (the budget then counts in memory),
 * rather than holding the export until Redis is back; it says once that it lost Redis.
 */
function connect(url: string, log: Logger): RedisClient {
  const client = new RedisClient(url, {
    connectionName: 'coboard-limits',
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  })
  let down = false
  client.on('error', (error: Error) => {
    if (down) return
    down = true
    log.warn({ err: error }, 'Redis unreachable; export budgets count on this instance alone')
  })
  client.on('ready', () => {
    down = false
  })
  return client
}

import { Redis } from '@hocuspocus/extension-redis'
import type { afterLoadDocumentPayload } from '@hocuspocus/server'
import RedisClient from 'ioredis'
import type { Logger } from '../logger'

/** How long /readyz waits for Redis to answer a PING. */
const PING_TIMEOUT_MS = 1_000

/**
 * Shares live boards between server instances through Redis pub/sub (Hocuspocus's Redis
 * extension): each instance publishes its documents' changes and its clients' awareness, and
 * applies what the others publish, so participants on different instances edit the same board.
 * Redis is not storage: every instance writes to the same PostgreSQL, and an update arriving from
 * Redis was logged there by the instance its author is connected to (see Persistence).
 */
export class RedisFanOut extends Redis {
  readonly extensionName = 'RedisFanOut'
  /** How /readyz names it. */
  readonly serviceName = 'Redis'

  /** @param url `redis://[user:password@]host:port[/db]` or `rediss://…`; never logged. */
  constructor(
    url: string,
    private readonly log: Logger,
    prefix = 'coboard',
  ) {
    super({ prefix, createClient: () => connect(url, log) })
  }

  /**
   * The base class subscribes to the board's channel and waits (up to a second) for the other
   * instances' state before the board is served. While Redis is down that wait would last until
   * it is back, so the board is served from storage at once, and joins the others once Redis
   * returns: the first change on either side then exchanges state vectors and heals the gap.
   */
  override async afterLoadDocument(payload: afterLoadDocumentPayload): Promise<void> {
    const joining = super.afterLoadDocument(payload)
    if (this.sub.status === 'ready') return joining
    joining.catch((error: unknown) =>
      this.log.error({ err: error, boardId: payload.documentName }, 'could not join via Redis'),
    )
  }

  /**
   * The base class takes a Redis lock here so that only one instance stores a document at a time,
   * and skips the store when another holds it. PostgresBoardStore.compact is safe to run on
   * several instances at once (it locks the board's row and merges what is stored), and with the
   * lock, compaction would stop on every instance while Redis is unreachable. So: no lock.
   */
  override async onStoreDocument(): Promise<void> {}

  /** QUIT waits for Redis to answer, which it never does while it is down: then just disconnect. */
  override async onDestroy(): Promise<void> {
    if (this.pub.status === 'ready') return super.onDestroy()
    this.pub.disconnect()
    this.sub.disconnect()
  }

  /** Whether both Redis connections are up and Redis answers (for /readyz). */
  async isReady(): Promise<boolean> {
    if (this.pub.status !== 'ready' || this.sub.status !== 'ready') return false
    const timeout = new Promise<boolean>((resolve) =>
      setTimeout(() => resolve(false), PING_TIMEOUT_MS).unref(),
    )
    const pong = this.pub.ping().then(
      (reply) => reply === 'PONG',
      () => false,
    )
    return Promise.race([pong, timeout])
  }
}

/** A client that logs losing and regaining Redis once each, not at every reconnect attempt. */
function connect(url: string, log: Logger): RedisClient {
  const client = new RedisClient(url, {
    connectionName: 'coboard',
    // Commands wait for Redis to come back instead of failing after 20 reconnects: the base class
    // subscribes to its reply channel once, at start, and never again if that fails.
    maxRetriesPerRequest: null,
  })
  let down = false
  client.on('error', (error: Error) => {
    if (down) return
    down = true
    log.warn({ err: error }, 'Redis unreachable; live boards are not shared until it is back')
  })
  client.on('ready', () => {
    if (!down) return
    down = false
    log.info('Redis reachable again')
  })
  return client
}

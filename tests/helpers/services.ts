import { randomBytes } from 'node:crypto'
import net from 'node:net'
import pg from 'pg'

// The real Redis and PostgreSQL that scale-out tests run against. Without them those tests are
// reported as skipped, with the reason in the suite's name; CI sets REQUIRE_SERVICES, and then a
// missing service fails the run instead.

/** Redis for tests; override with TEST_REDIS_URL. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** PostgreSQL for tests (trust auth, database `test`); override with TEST_DATABASE_URL. */
const POSTGRES_URLS = process.env.TEST_DATABASE_URL
  ? [process.env.TEST_DATABASE_URL]
  : ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test']

const PROBE_TIMEOUT_MS = 2_000

/** Which services a test file found; the URLs are only usable when `available`. */
export interface ServiceGate {
  readonly available: boolean
  readonly redisUrl: string
  /** A database the tests may create schemas in. */
  readonly postgresUrl: string
  /** The suite's name, with why it is skipped when it is. */
  title(name: string): string
}

/**
 * Probes the services a test file needs. Resolves with a gate for `describe.skipIf`, or throws
 * when one is missing and REQUIRE_SERVICES is set.
 */
export async function findServices(needed: {
  redis?: boolean
  postgres?: boolean
}): Promise<ServiceGate> {
  const missing: string[] = []
  if (needed.redis && !(await isRedisReachable(REDIS_URL))) {
    missing.push(`Redis not reachable at ${new URL(REDIS_URL).host}`)
  }
  const postgresUrl = needed.postgres ? await findPostgres() : POSTGRES_URLS[0]
  if (!postgresUrl) {
    const users = POSTGRES_URLS.map((url) => new URL(url).username).join(' or ')
    missing.push(`PostgreSQL not reachable at ${new URL(POSTGRES_URLS[0]).host} as ${users}`)
  }
  const reason = missing.join('; ')
  if (reason && process.env.REQUIRE_SERVICES) {
    throw new Error(`REQUIRE_SERVICES is set, but ${reason}`)
  }
  return {
    available: reason === '',
    redisUrl: REDIS_URL,
    postgresUrl: postgresUrl ?? POSTGRES_URLS[0],
    title: (name) => (reason ? `${name} (skipped: ${reason})` : name),
  }
}

/** A schema of its own in the test database, so parallel runs never meet. */
export interface TestSchema {
  /** DATABASE_URL that puts the server's tables in this schema. */
  readonly url: string
  readonly name: string
  /** Drops the schema with everything in it. */
  drop(): Promise<void>
}

/** Creates `coboard_test_<random>` and a DATABASE_URL whose search_path points at it. */
export async function createTestSchema(postgresUrl: string): Promise<TestSchema> {
  const name = `coboard_test_${process.pid}_${randomBytes(4).toString('hex')}`
  await withClient(postgresUrl, (client) => client.query(`CREATE SCHEMA ${name}`))
  const url = new URL(postgresUrl)
  url.searchParams.set('options', `-c search_path=${name}`)
  return {
    url: url.toString(),
    name,
    async drop() {
      await withClient(postgresUrl, (client) =>
        client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`),
      )
    },
  }
}

/** Runs `work` on a fresh connection to `url`, then closes it. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

async function findPostgres(): Promise<string | null> {
  for (const url of POSTGRES_URLS) {
    try {
      await withClient(url, (client) => client.query('SELECT 1'))
      return url
    } catch {
      // Try the next user.
    }
  }
  return null
}

/** Whether Redis answers PING (plain RESP over TCP, so the probe needs no client library). */
function isRedisReachable(redisUrl: string): Promise<boolean> {
  const { hostname, port } = new URL(redisUrl)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    const done = (reachable: boolean) => {
      socket.destroy()
      resolve(reachable)
    }
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
  })
}

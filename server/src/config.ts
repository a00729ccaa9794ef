import path from 'node:path'
import { z } from 'zod'
import {
  DEFAULT_LIMITS,
  LIMITS_ENV,
  readLimits,
  switchVariable,
  type LimitsConfig,
} from './limits/LimitsConfig'

/** Levels pino understands; `silent` turns logging off (the tests' default). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/** Everything the server needs to start; `readConfig` builds it from the environment. */
export interface ServerConfig {
  /** TCP port; 0 picks a free one (tests). */
  readonly port: number
  /** Interface to bind. */
  readonly host: string
  /** Folder of `coboard.sqlite`; created on first start. */
  readonly dataDir: string
  /** Origin used in the links the API returns; null: the origin the request came to (Host). */
  readonly publicUrl: string | null
  /** Browser origins that may open the collaboration socket; null: only the server's own. */
  readonly allowedOrigins: readonly string[] | null
  readonly logLevel: LogLevel
  /** The built client (`vite build` output), served as static files. */
  readonly clientDir: string
  /**
   * Serve the client's source maps. Off by default: they hold the whole source, comments
   * included, and only someone debugging the client needs them.
   */
  readonly serveSourceMaps: boolean
  /**
   * When Hocuspocus folds a board's update log into its snapshot. Every update is already on disk
   * when it is acknowledged, so compaction only keeps loading fast and can wait.
   */
  readonly compaction: { readonly debounceMs: number; readonly maxDebounceMs: number }
  /** PostgreSQL to store boards in instead of SQLite in `dataDir`; null: SQLite. */
  readonly databaseUrl: string | null
  /** Redis through which instances share live boards (needs `databaseUrl`); null: one instance. */
  readonly redisUrl: string | null
  /** What one client may cost the server: message size and rate, sockets per address, … */
  readonly limits: LimitsConfig
}

export const DEFAULT_CONFIG: ServerConfig = {
  port: 4444,
  host: '0.0.0.0',
  dataDir: './data',
  publicUrl: null,
  allowedOrigins: null,
  logLevel: 'info',
  clientDir: 'dist/client',
  serveSourceMaps: false,
  compaction: { debounceMs: 5_000, maxDebounceMs: 30_000 },
  databaseUrl: null,
  redisUrl: null,
  limits: DEFAULT_LIMITS,
}

/** A configuration that cannot work; `problems` names each bad variable in words. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`)
    this.name = 'ConfigError'
  }
}

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

/** An http(s) origin with nothing after it, returned in its canonical `URL.origin` form. */
const OriginSchema = z.string().transform((value, ctx) => {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a URL like https://board.example` })
    return z.NEVER
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username
  if (!['http:', 'https:'].includes(url.protocol) || !bare) {
    ctx.addIssue({ code: 'custom', message: `"${value}" must be an http(s) origin with no path` })
    return z.NEVER
  }
  return url.origin
})

/** A service's URL with one of `protocols`. Never echoed in errors: it may hold a password. */
const ServiceUrlSchema = (protocols: readonly string[], example: string) =>
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          const url = new URL(value)
          return protocols.includes(url.protocol) && url.hostname !== ''
        } catch {
          return false
        }
      },
      { message: `must be a URL like ${example}` },
    )

const EnvSchema = z.object({
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 65535')
      .max(65535, 'must be between 0 and 65535')
      .default(DEFAULT_CONFIG.port),
  ),
  HOST: z.preprocess(blankToUndefined, z.string().trim().default(DEFAULT_CONFIG.host)),
  DATA_DIR: z.preprocess(blankToUndefined, z.string().default(DEFAULT_CONFIG.dataDir)),
  PUBLIC_URL: z.preprocess(blankToUndefined, OriginSchema.optional()),
  ALLOWED_ORIGINS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((list) => list.split(',').filter((entry) => entry.trim() !== ''))
      .pipe(z.array(OriginSchema).min(1, 'must list at least one origin'))
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === 'string' ? blankToUndefined(value.toLowerCase()) : value),
    z
      .enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
      .default(DEFAULT_CONFIG.logLevel),
  ),
  CLIENT_DIR: z.preprocess(blankToUndefined, z.string().default(DEFAULT_CONFIG.clientDir)),
  SERVE_SOURCE_MAPS: switchVariable(DEFAULT_CONFIG.serveSourceMaps),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    ServiceUrlSchema(
      ['postgres:', 'postgresql:'],
      'postgres://user:password@host:5432/coboard',
    ).optional(),
  ),
  REDIS_URL: z.preprocess(
    blankToUndefined,
    ServiceUrlSchema(['redis:', 'rediss:'], 'redis://host:6379').optional(),
  ),
  ...LIMITS_ENV,
})

/**
 * Reads the server configuration from environment variables (PORT, HOST, DATA_DIR, PUBLIC_URL,
 * ALLOWED_ORIGINS, LOG_LEVEL, CLIENT_DIR, SERVE_SOURCE_MAPS, DATABASE_URL, REDIS_URL, MAX_CONNECTIONS_PER_IP,
 * MAX_BOARDS_PER_HOUR_PER_IP, TRUST_PROXY). Throws a ConfigError naming every bad variable.
 */
export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  const parsed = EnvSchema.safeParse(env)
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'env'}: ${issue.message}`)
  // Instances sharing a board must share its storage: each with its own SQLite file, a board
  // created on one would be unknown to the others.
  if (
    blankToUndefined(env.REDIS_URL) !== undefined &&
    blankToUndefined(env.DATABASE_URL) === undefined
  ) {
    problems.push(
      'REDIS_URL: needs DATABASE_URL as well, so that every instance stores boards in the same PostgreSQL',
    )
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems)
  const vars = parsed.data
  return {
    ...DEFAULT_CONFIG,
    port: vars.PORT,
    host: vars.HOST,
    dataDir: path.resolve(vars.DATA_DIR),
    publicUrl: vars.PUBLIC_URL ?? null,
    allowedOrigins: vars.ALLOWED_ORIGINS ?? null,
    logLevel: vars.LOG_LEVEL,
    clientDir: path.resolve(vars.CLIENT_DIR),
    serveSourceMaps: vars.SERVE_SOURCE_MAPS,
    databaseUrl: vars.DATABASE_URL ?? null,
    redisUrl: vars.REDIS_URL ?? null,
    limits: readLimits(vars),
  }
}

import pino from 'pino'
import type { LogLevel } from './config'

export type Logger = pino.Logger

/**
 * A structured JSON logger. Call sites log ids, counts and reasons only: never tokens, headers,
 * URL fragments or board content. The redaction below is a second line of defence for the fields
 * most likely to slip in by accident.
 */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'coboard' },
    redact: {
      paths: [
        'token',
        'editToken',
        'viewToken',
        'joinCode',
        '*.token',
        '*.editToken',
        '*.viewToken',
        '*.joinCode',
        'headers.authorization',
        'headers.cookie',
        '*.headers.authorization',
        '*.headers.cookie',
      ],
      censor: '[redacted]',
    },
  })
}

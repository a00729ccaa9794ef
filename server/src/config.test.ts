import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_CONFIG, readConfig } from './config'

describe('readConfig', () => {
  it('fills in the defaults', () => {
    const config = readConfig({})
    expect(config).toMatchObject({
      port: 4444,
      host: '0.0.0.0',
      publicUrl: null,
      allowedOrigins: null,
      logLevel: 'info',
      dataDir: path.resolve('./data'),
      clientDir: path.resolve('dist/client'),
      compaction: DEFAULT_CONFIG.compaction,
    })
  })

  it('reads every variable', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATA_DIR: '/var/lib/coboard',
      PUBLIC_URL: 'https://board.example/',
      ALLOWED_ORIGINS: 'https://board.example, http://localhost:5173',
      LOG_LEVEL: 'WARN',
      CLIENT_DIR: '/srv/client',
    })
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/coboard',
      publicUrl: 'https://board.example',
      allowedOrigins: ['https://board.example', 'http://localhost:5173'],
      logLevel: 'warn',
      clientDir: '/srv/client',
    })
  })

  it('treats blank variables as unset', () => {
    expect(readConfig({ PORT: '', PUBLIC_URL: ' ', ALLOWED_ORIGINS: '' }).port).toBe(4444)
  })

  it('names every bad variable at once', () => {
    const attempt = () =>
      readConfig({
        PORT: '70000',
        PUBLIC_URL: 'https://board.example/app',
        ALLOWED_ORIGINS: 'ftp://x.example',
        LOG_LEVEL: 'loud',
      })
    expect(attempt).toThrow(ConfigError)
    try {
      attempt()
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n')
      for (const name of ['PORT', 'PUBLIC_URL', 'ALLOWED_ORIGINS', 'LOG_LEVEL']) {
        expect(problems).toContain(name)
      }
    }
  })
})

describe('readConfig for several instances', () => {
  it('reads DATABASE_URL and REDIS_URL', () => {
    const config = readConfig({
      DATABASE_URL: 'postgres://coboard:secret@db.internal:5432/coboard',
      REDIS_URL: 'redis://cache.internal:6379',
    })
    expect(config.databaseUrl).toBe('postgres://coboard:secret@db.internal:5432/coboard')
    expect(config.redisUrl).toBe('redis://cache.internal:6379')
    expect(readConfig({})).toMatchObject({ databaseUrl: null, redisUrl: null })
  })

  it('refuses Redis without PostgreSQL: instances sharing boards must share storage', () => {
    expect(() => readConfig({ REDIS_URL: 'redis://cache.internal:6379' })).toThrow(/DATABASE_URL/)
  })

  it('names bad service URLs without repeating them, since they may hold a password', () => {
    try {
      readConfig({ DATABASE_URL: 'mysql://root:hunter2@db', REDIS_URL: 'cache:hunter2' })
      expect.fail('readConfig accepted bad URLs')
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n')
      expect(problems).toContain('DATABASE_URL: must be a URL like postgres://')
      expect(problems).toContain('REDIS_URL: must be a URL like redis://')
      expect(problems).not.toContain('hunter2')
    }
  })
})

import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../config'
import { DEFAULT_LIMITS } from './LimitsConfig'

describe('limits from the environment', () => {
  it('keeps the defaults when nothing is set', () => {
    expect(readConfig({}).limits).toEqual(DEFAULT_LIMITS)
  })

  it('reads MAX_CONNECTIONS_PER_IP and TRUST_PROXY', () => {
    const { limits } = readConfig({ MAX_CONNECTIONS_PER_IP: '50', TRUST_PROXY: 'true' })
    expect(limits).toEqual({ ...DEFAULT_LIMITS, maxConnectionsPerAddress: 50, trustProxy: true })
    expect(readConfig({ MAX_CONNECTIONS_PER_IP: '0', TRUST_PROXY: '0' }).limits).toMatchObject({
      maxConnectionsPerAddress: 0,
      trustProxy: false,
    })
  })

  it('reads MAX_BOARDS_PER_HOUR_PER_IP', () => {
    expect(readConfig({ MAX_BOARDS_PER_HOUR_PER_IP: '5' }).limits.boardsPerHourPerAddress).toBe(5)
    expect(readConfig({ MAX_BOARDS_PER_HOUR_PER_IP: '0' }).limits.boardsPerHourPerAddress).toBe(0)
  })

  it('names a bad value', () => {
    for (const env of [
      { MAX_CONNECTIONS_PER_IP: '-1' },
      { TRUST_PROXY: 'maybe' },
      { MAX_BOARDS_PER_HOUR_PER_IP: 'lots' },
    ]) {
      expect(() => readConfig(env)).toThrow(ConfigError)
      expect(() => readConfig(env)).toThrow(Object.keys(env)[0])
    }
  })
})

import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { clientAddress, isLoopback, normaliseAddress } from './clientAddress'
import { ConnectionsPerAddress } from './ConnectionsPerAddress'
import { TokenBucket } from './TokenBucket'

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage

describe('clientAddress', () => {
  it('counts IPv4 as is, mapped IPv4 as IPv4, and IPv6 by its /64', () => {
    expect(normaliseAddress('203.0.113.7')).toBe('203.0.113.7')
    expect(normaliseAddress('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(normaliseAddress('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2/64')
    expect(normaliseAddress('2001:db8:1:2::9')).toBe('2001:db8:1:2/64')
    expect(normaliseAddress('2001:DB8::1')).toBe('2001:db8:0:0/64')
    expect(normaliseAddress('fe80::1%eth0')).toBe('fe80:0:0:0/64')
    expect(isLoopback(normaliseAddress('::1'))).toBe(true)
    expect(isLoopback('127.0.0.1')).toBe(true)
    expect(isLoopback('203.0.113.7')).toBe(false)
  })

  it('believes X-Forwarded-For only when told to, and only its last entry', () => {
    const proxied = request('127.0.0.1', '198.51.100.1, 203.0.113.7')
    expect(clientAddress(proxied, false)).toBe('127.0.0.1')
    expect(clientAddress(proxied, true)).toBe('203.0.113.7')
    expect(clientAddress(request('127.0.0.1', 'not an address'), true)).toBe('127.0.0.1')
    expect(clientAddress(request('127.0.0.1'), true)).toBe('127.0.0.1')
  })
})

describe('ConnectionsPerAddress', () => {
  it('refuses one over the limit per address, and counts closes', () => {
    const open = new ConnectionsPerAddress(2)
    expect([open.tryOpen('a'), open.tryOpen('a'), open.tryOpen('a')]).toEqual([true, true, false])
    expect(open.tryOpen('b')).toBe(true)
    open.close('a')
    expect(open.tryOpen('a')).toBe(true)
    expect(new ConnectionsPerAddress(0).tryOpen('a')).toBe(true)
  })
})

describe('TokenBucket', () => {
  it('passes a burst, then the refill rate', () => {
    let now = 0
    const bucket = new TokenBucket(10, 5, () => now)
    expect(bucket.take(10)).toBe(true)
    expect(bucket.take(1)).toBe(false)
    now = 1_000
    expect(bucket.take(5)).toBe(true)
    expect(bucket.take(1)).toBe(false)
    now = 60_000
    expect(bucket.take(11)).toBe(false) // never more than the capacity
    expect(bucket.take(10)).toBe(true)
  })

  it('charges a cost already incurred into debt, paid back by waiting', () => {
    let now = 0
    const bucket = new TokenBucket(10, 5, () => now)
    expect(bucket.charge(8)).toBe(true)
    expect(bucket.charge(8)).toBe(false) // 6 in debt
    now = 1_000
    expect(bucket.charge(0)).toBe(false) // 1 in debt
    now = 2_000
    expect(bucket.charge(4)).toBe(true)
  })
})

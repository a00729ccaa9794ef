import { isIP } from 'node:net'
import type { IncomingMessage } from 'node:http'

/**
 * The address a per-client limit counts for this request: the TCP peer, or with `trustProxy` the
 * last `X-Forwarded-For` entry (the one the proxy in front of us appended, so a client cannot
 * forge it). IPv4-mapped IPv6 counts as IPv4, and IPv6 by its /64 prefix: one home or phone gets
 * a whole /64, so counting single IPv6 addresses would count nothing.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? lastForwardedFor(request.headers['x-forwarded-for']) : null
  return normaliseAddress(forwarded ?? request.socket.remoteAddress ?? 'unknown')
}

/** Whether an address (as clientAddress returns it) is this machine. */
export function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '0:0:0:0/64'
}

function lastForwardedFor(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header.at(-1) : header
  const last = value?.split(',').at(-1)?.trim()
  return last && isIP(last) ? last : null
}

/** The counting key of an address: IPv4 as is, IPv6 as its first four groups and `/64`. */
export function normaliseAddress(raw: string): string {
  const address = raw.replace(/%.*$/, '') // an interface's zone, as in fe80::1%eth0
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]
  if (isIP(address) !== 6) return address
  const [head, tail = ''] = address.toLowerCase().split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = address.includes('::') && tail ? tail.split(':') : []
  const missing = 8 - headGroups.length - tailGroups.length
  const groups = [...headGroups, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailGroups]
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}/64`
}

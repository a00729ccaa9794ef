// What a board socket presents as its Hocuspocus token. Besides the link's token it carries the
// device key: a random secret each device keeps, which binds a participant id to the first
// device that used it on a board (the server stores only its hash). Both ride in the token, never
// in the socket's URL, because URLs end up in proxies' logs. Tokens are base64url, so a dot never
// occurs in one and can separate the two.

/** Text form of a device key: 32 random bytes, base64url (43 characters); older forms up to 128. */
const DEVICE_KEY = /^[A-Za-z0-9_-]{32,128}$/

/** What a socket token says: the link's token and, for a participant's socket, its device key. */
export interface SocketToken {
  readonly token: string
  /** Null when none was sent, or when what was sent is not a device key. */
  readonly deviceKey: string | null
}

/** Whether `value` has the form of a device key. */
export function isDeviceKey(value: string): boolean {
  return DEVICE_KEY.test(value)
}

/** The token a participant's socket presents: the link's token, then its device key. */
export function composeSocketToken(token: string, deviceKey: string | null): string {
  return deviceKey === null ? token : `${token}.${deviceKey}`
}

/** Reads a socket token; the part after the first dot is the device key. */
export function readSocketToken(value: string): SocketToken {
  const dot = value.indexOf('.')
  if (dot < 0) return { token: value, deviceKey: null }
  const deviceKey = value.slice(dot + 1)
  return { token: value.slice(0, dot), deviceKey: isDeviceKey(deviceKey) ? deviceKey : null }
}

import {
  MAX_NAME_LENGTH,
  isDeviceKey,
  newParticipantId,
  type ParticipantId,
  type RoleId,
} from '@coboard/shared'

/** Who this device is on one board. Name and role are empty until the person has joined. */
export interface Me {
  readonly participantId: ParticipantId
  readonly name: string
  readonly role: RoleId
}

const DEVICE_KEY = 'coboard:participant'
const DEVICE_SECRET_KEY = 'coboard:device-key'
const LAST_NAME_KEY = 'coboard:last-name'
const boardKey = (boardId: string) => `coboard:board:${boardId}:me`

// localStorage can throw (Safari private mode, storage full, disabled cookies). Losing it only
// means being asked for a name again, so failures are swallowed.
const read = (key: string) => {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}
const write = (key: string, value: string) => {
  try {
    window.localStorage.setItem(key, value)
  } catch {
    // Not fatal: see above.
  }
}

/** This device's participant id, made once and kept, so a reload is the same person. */
export function deviceParticipantId(): ParticipantId {
  const stored = read(DEVICE_KEY)
  if (stored && /^[A-Za-z0-9]{8,64}$/.test(stored)) return stored as ParticipantId
  const id = newParticipantId()
  write(DEVICE_KEY, id)
  return id
}

/**
 * This device's secret key, made once and kept beside its participant id. The server binds the
 * participant id to the first device that presents a key for it, so nobody else can speak as
 * this person; it travels only inside the socket's token, never in a URL.
 */
export function deviceKey(): string {
  const stored = read(DEVICE_SECRET_KEY)
  if (stored && isDeviceKey(stored)) return stored
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  const key = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
  write(DEVICE_SECRET_KEY, key)
  return key
}

/** Who this device said it is on `boardId`, or an anonymous `Me` when it has not joined yet. */
export function loadMe(boardId: string): Me {
  const participantId = deviceParticipantId()
  try {
    const saved = JSON.parse(read(boardKey(boardId)) ?? 'null') as Partial<Me> | null
    if (saved && typeof saved.name === 'string' && typeof saved.role === 'string') {
      return { participantId, name: saved.name.slice(0, MAX_NAME_LENGTH), role: saved.role }
    }
  } catch {
    // A corrupt entry is treated as "not joined".
  }
  return { participantId, name: '', role: '' }
}

/** Remembers name and side for `boardId` (and the name as a suggestion for the next board). */
export function saveMe(boardId: string, me: Me): void {
  write(boardKey(boardId), JSON.stringify({ name: me.name, role: me.role }))
  if (me.name) write(LAST_NAME_KEY, me.name)
}

/** The name used on the last board this device joined, to prefill the join dialog. */
export function lastUsedName(): string {
  return (read(LAST_NAME_KEY) ?? '').slice(0, MAX_NAME_LENGTH)
}

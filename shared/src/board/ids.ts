import type { ItemId, ParticipantId } from './schema'

const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** Returns a random id of `length` characters from an unambiguous alphabet (about 5.8 bits each). */
export function randomId(length = 16): string {
  const bytes = new Uint8Array(length)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return id
}

/** A fresh id for a board item. */
export const newItemId = (): ItemId => randomId() as ItemId

/** A fresh id for a participant, kept on their device. */
export const newParticipantId = (): ParticipantId => randomId() as ParticipantId

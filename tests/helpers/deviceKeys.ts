import { createHash } from 'node:crypto'

/**
 * The device key a test participant's socket presents unless a test says otherwise: one per
 * participant id, so the same person reconnecting is the same device, as in a browser.
 */
export function testDeviceKey(participantId: string): string {
  return createHash('sha256').update(`test device of ${participantId}`).digest('base64url')
}

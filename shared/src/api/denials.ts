// Why the server refuses to open a board on a socket. The server sends the reason as the
// permission-denied reason, before any board data; the client shows the words beside it.

/** Why a connection to a board was refused. */
export type DenialReason =
  /** The document name is not a board id, or no board has it. */
  | 'unknown-board'
  /** The client sent no token. */
  | 'missing-token'
  /** The token is neither the board's edit token nor its view token. */
  | 'invalid-token'
  /** A participant's socket sent no device key (a page from before keys). */
  | 'missing-device-key'
  /** The participant id is bound to another device on this board. */
  | 'participant-taken'
  /** The board already admits as many devices as it may. */
  | 'too-many-devices'
  /** A private-words document asked for by anyone but its author's own device. */
  | 'not-your-words'

/** Words for a person, by refusal reason. */
export const DENIAL_EXPLANATIONS: Readonly<Record<DenialReason, string>> = {
  'unknown-board':
    'There is no board at this address. It may have been deleted, or the link was cut short.',
  'missing-token': 'The link is missing its key: the long code after the # sign.',
  'invalid-token': 'The key in this link does not fit this board. Part of it may be missing.',
  'missing-device-key': 'This page is out of date. Please reload it to join the board.',
  'participant-taken':
    'Someone else on this board already uses this device’s identity, so it cannot join as them. ' +
    'Open the link in another browser, or clear this site’s data, to join as yourself.',
  'too-many-devices':
    'This board has already admitted as many devices as it can. A new board can hold the next ' +
    'session.',
  'not-your-words': 'Only the person who wrote these private notes can open them before reveal.',
}

/** Whether a refusal is about the device rather than the link: the link itself still works. */
export function isDeviceRefusal(reason: string): boolean {
  return (
    reason === 'missing-device-key' ||
    reason === 'participant-taken' ||
    reason === 'too-many-devices'
  )
}

/** A sentence for a refusal reason, fit to show to the person holding the link. */
export function explainDenial(reason: string): string {
  return Object.hasOwn(DENIAL_EXPLANATIONS, reason)
    ? DENIAL_EXPLANATIONS[reason as DenialReason]
    : 'The server did not accept this link.'
}

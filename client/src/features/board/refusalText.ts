// Plain words for the reasons the server gives when it refuses a board link. The reason codes
// are server/src/collab/errors.ts `DenialReason`; until that type moves to shared/, they are
// repeated here, and an unknown code falls back to a general sentence.

// A Map: the reason is text from the socket, and `constructor` must not find a function.
const EXPLANATIONS = new Map<string, string>([
  [
    'unknown-board',
    'There is no board at this address. It may have been deleted, or the link was cut short.',
  ],
  ['missing-token', 'The link is missing its key: the long code after the # sign.'],
  ['invalid-token', 'The key in this link does not fit this board. Part of it may be missing.'],
])

/** A sentence for a refusal reason, fit to show to the person holding the link. */
export function explainRefusal(reason: string): string {
  return EXPLANATIONS.get(reason) ?? 'The server did not accept this link.'
}

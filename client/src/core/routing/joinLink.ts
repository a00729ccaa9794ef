// The projector is opened with the VIEW token, so it can never write, but the QR code it shows
// must let people in the room join as participants, which needs the EDIT token. The server only
// hands both out once, to whoever creates the board, so the landing page composes the projector
// link as `/b/<id>/projector#view=<view token>&join=<edit token>`:
//
// - the connection still uses only the view token: the projector stays read-only, enforced by
//   the server, whatever the page does;
// - the edit token rides in the fragment, which browsers never send to the server, so it stays
//   out of logs and referrers, exactly like the participant link itself;
// - it grants nothing new: everyone who can see the projector screen can scan the code anyway.
//   The projector link is therefore as sensitive as the participant link, and the landing page
//   says so; a plain `#view=` link still works and simply shows no code.

const TOKEN = /^[A-Za-z0-9_-]{16,128}$/

/** The participant (edit) token a projector link carries for its join code, or null. */
export function readJoinToken(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('join')
  return token && TOKEN.test(token) ? token : null
}

/** The participant link the join code encodes. */
export function joinUrl(origin: string, boardId: string, editToken: string): string {
  return `${origin}/b/${boardId}#edit=${editToken}`
}

/** A projector link that also carries the join code's token (see above). */
export function projectorLinkWithJoin(viewUrl: string, editToken: string): string {
  return `${viewUrl}&join=${encodeURIComponent(editToken)}`
}

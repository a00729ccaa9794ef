// The projector is opened with the VIEW token, so it can never write, but the QR code it shows
// must let people in the room join as participants, which needs the EDIT token. The server hands
// both out once, to whoever creates the board, with the projector link made of both
// (`projectorUrl`: `/b/<id>/projector#view=<view token>&join=<edit token>`, see shared's
// projectorLink):
//
// - the connection still uses only the view token: the projector stays read-only, enforced by
//   the server, whatever the page does;
// - the edit token rides in the fragment, which browsers never send to the server, so it stays
//   out of logs and referrers, exactly like the participant link itself;
// - it grants nothing new: everyone who can see the projector screen can scan the code anyway.
//   The projector link is therefore as sensitive as the participant link, and the landing page
//   says so; a plain `#view=` link still works and simply shows no code.
//
// Inside a board, a participant holds only the edit token, so the board's menu opens the
// projector as `/b/<id>/projector#edit=<edit token>`: the projector route is read-only whatever
// key it is given, and the edit key doubles as the join token.

const TOKEN = /^[A-Za-z0-9_-]{16,128}$/

/**
 * The participant (edit) token a projector link carries for its join code: its `join=`, else its
 * own `edit=` key (a projector opened from inside a board), else null.
 */
export function readJoinToken(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const token = params.get('join') ?? params.get('edit')
  return token && TOKEN.test(token) ? token : null
}

/** The participant link the join code encodes. */
export function joinUrl(origin: string, boardId: string, editToken: string): string {
  return `${origin}/b/${boardId}#edit=${editToken}`
}

/** The projector view of a board for someone inside it, who holds the edit token (see above). */
export function projectorLinkFromBoard(origin: string, boardId: string, editToken: string): string {
  return `${origin}/b/${boardId}/projector#edit=${encodeURIComponent(editToken)}`
}

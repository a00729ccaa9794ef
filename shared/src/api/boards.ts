// The HTTP contract between the client, the server and scripts. Both sides import these, so a
// change here is a change to the public API documented in the README.

import type { JoinCodeResponse } from './joinCodes'

/** Path of the collaboration websocket (Hocuspocus protocol; document name = board id). */
export const COLLAB_PATH = '/collab'

/** Body of `POST /api/boards`. */
export interface CreateBoardRequest {
  readonly title: string
  readonly purpose?: string
}

/**
 * Answer of `POST /api/boards` (201). Tokens are shown once: the server keeps only their hashes.
 * The join code can be asked for again with the edit token (`POST /api/boards/:id/join-code`).
 */
export interface CreateBoardResponse extends JoinCodeResponse {
  readonly id: string
  /** Read-write capability: everyone holding it is an equal editor. */
  readonly editToken: string
  /** Read-only capability for the projector. */
  readonly viewToken: string
  /** Participant link; the token is in the fragment so it never reaches logs or referrers. */
  readonly editUrl: string
  /** The plain read-only link (view token): the projector view, without a code to join. */
  readonly viewUrl: string
  /**
   * The link that opens the projector view showing the room the join QR code: read-only like
   * `viewUrl`, but it also carries the edit token for the code (see projectorLink), so it is as
   * powerful as the participant link.
   */
  readonly projectorUrl: string
}

/** Every error the API answers with has this body. */
export interface ApiError {
  readonly error: string
}

/** What a link's fragment carries: `#edit=<token>` or `#view=<token>`. */
export type Access = 'edit' | 'view'

/** The participant link of a board, given the site's origin: the edit token in the fragment. */
export function participantLink(origin: string, id: string, editToken: string): string {
  return `${origin}/b/${id}#edit=${editToken}`
}

/**
 * The projector link that shows the room a code to join: `/b/<id>/projector#view=<view
 * token>&join=<edit token>`. The projector connects with the view token only, so it stays
 * read-only whatever the page does; the edit token rides in the fragment, which never reaches the
 * server, for the QR code and join code it shows, which anyone who sees the screen can scan.
 */
export function projectorLink(origin: string, id: string, viewToken: string, editToken: string) {
  return `${origin}/b/${id}/projector#view=${viewToken}&join=${encodeURIComponent(editToken)}`
}

/** The participant, read-only and projector links of a board, given the site's origin. */
export function boardLinks(origin: string, id: string, editToken: string, viewToken: string) {
  return {
    editUrl: participantLink(origin, id, editToken),
    viewUrl: `${origin}/b/${id}/projector#view=${viewToken}`,
    projectorUrl: projectorLink(origin, id, viewToken, editToken),
  }
}

/** The screens of the app; the board id comes from the path, the key from the fragment. */
export type Route =
  | { readonly name: 'landing' }
  | { readonly name: 'board'; readonly boardId: string }
  | { readonly name: 'projector'; readonly boardId: string }
  /** A short join link, `/j/K7QM-3XPA`: `code` is the path's text as typed (may be empty). */
  | { readonly name: 'join'; readonly code: string }
  | { readonly name: 'notFound' }

const BOARD_PATH = /^\/b\/([A-Za-z0-9_-]{1,64})\/?$/
const PROJECTOR_PATH = /^\/b\/([A-Za-z0-9_-]{1,64})\/projector\/?$/
const JOIN_PATH = /^\/j(?:\/([^/]{0,64}))?\/?$/

/** Maps a location pathname to a route; anything unknown is `notFound`, never an exception. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'landing' }
  const projector = PROJECTOR_PATH.exec(pathname)
  if (projector) return { name: 'projector', boardId: projector[1] }
  const board = BOARD_PATH.exec(pathname)
  if (board) return { name: 'board', boardId: board[1] }
  const join = JOIN_PATH.exec(pathname)
  if (join) return { name: 'join', code: decodePathText(join[1] ?? '') }
  return { name: 'notFound' }
}

/** A path segment's text; one that does not decode is taken as it stands (and is no code). */
function decodePathText(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

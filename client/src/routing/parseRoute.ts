/** The screens of the app; the board id comes from the path, the key from the fragment. */
export type Route =
  | { readonly name: 'landing' }
  | { readonly name: 'board'; readonly boardId: string }
  | { readonly name: 'projector'; readonly boardId: string }
  | { readonly name: 'notFound' }

const BOARD_PATH = /^\/b\/([A-Za-z0-9_-]{1,64})\/?$/
const PROJECTOR_PATH = /^\/b\/([A-Za-z0-9_-]{1,64})\/projector\/?$/

/** Maps a location pathname to a route; anything unknown is `notFound`, never an exception. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'landing' }
  const projector = PROJECTOR_PATH.exec(pathname)
  if (projector) return { name: 'projector', boardId: projector[1] }
  const board = BOARD_PATH.exec(pathname)
  if (board) return { name: 'board', boardId: board[1] }
  return { name: 'notFound' }
}

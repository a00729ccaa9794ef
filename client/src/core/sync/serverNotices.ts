import type {
  HocuspocusProvider,
  onCloseParameters,
  onStatelessParameters,
} from '@hocuspocus/provider'
import {
  AuthTimeout,
  BoardDeleted,
  BoardReloaded,
  CLOSE_EXPLANATIONS,
  Forbidden,
  readLimitNotice,
  ResyncRequired,
  ServerShutdown,
  TooSlow,
  Unauthorized,
} from '@coboard/shared'

// What the server tells a person in words: why it closed their connection (the socket's close
// code, explained by CLOSE_EXPLANATIONS) and that it trimmed their edit to the board's limits
// (a `coboard:limit` stateless message). Framework-free; the ui store keeps the latest one.

/** One thing to tell the person; the newest replaces any shown before it. */
export interface ServerNotice {
  /** New for every notice shown, so a timer or a dismiss meant for an older one can tell. */
  readonly id: number
  /** `warning`: something they did was not saved or was cut. `info`: it mends itself. */
  readonly tone: 'warning' | 'info'
  readonly text: string
}

/**
 * Closes that say nothing here: 1000 is a normal close (and how a Hocuspocus close message
 * arrives, reason only), 1005 and 1006 carry no code (the connection indicator shows "offline"),
 * refusals show the refused screen (connectBoard) and a deletion the deleted screen
 * (deletedBoards).
 */
const SAID_ELSEWHERE: ReadonlySet<number> = new Set([
  1000,
  1005,
  1006,
  Unauthorized.code,
  Forbidden.code,
  BoardDeleted.code,
])

/** Closes after which the provider reconnects and nothing is lost: told calmly. */
const SELF_MENDING: ReadonlySet<number> = new Set([
  ServerShutdown.code,
  AuthTimeout.code,
  ResyncRequired.code,
  TooSlow.code,
  BoardReloaded.code,
])

/** For a close code from the server that CLOSE_EXPLANATIONS does not know (Hocuspocus's own). */
export const GENERAL_CLOSE_EXPLANATION =
  'The server closed the connection to the board. It is reconnecting by itself.'

/**
 * How long the same words stay quiet after they were shown. The provider reconnects after each
 * close, and a page that is rate limited may be closed with the same code every few seconds:
 * it is told once, then reminded at most this often while it goes on.
 */
export const REPEAT_QUIET_MS = 30_000

/**
 * How long a notice stays on screen while nobody points at it or has focus in it; pointing or
 * focusing holds it (WCAG 2.2.1), and it can always be dismissed.
 */
export const NOTICE_SHOW_MS = 10_000

/** The provider's events this needs; a HocuspocusProvider, or a fake in a test. */
export type NoticeSource = Pick<HocuspocusProvider, 'on' | 'off'>

/**
 * Calls `onNotice` for each close the server explains and each limit notice it sends on
 * `provider`, skipping a repeat of the same words within REPEAT_QUIET_MS. Returns the function
 * that stops watching.
 */
export function watchServerNotices(
  provider: NoticeSource,
  onNotice: (notice: ServerNotice) => void,
  now: () => number = Date.now,
): () => void {
  let nextId = 1
  let last: { text: string; at: number } | null = null
  const tell = (tone: ServerNotice['tone'], text: string) => {
    const at = now()
    if (last && last.text === text && at - last.at < REPEAT_QUIET_MS) return
    last = { text, at }
    onNotice({ id: nextId++, tone, text })
  }

  const onClose = ({ event }: onCloseParameters) => {
    if (SAID_ELSEWHERE.has(event.code)) return
    const explanation: string | undefined = CLOSE_EXPLANATIONS[event.code]
    if (!explanation) tell('info', GENERAL_CLOSE_EXPLANATION)
    else tell(SELF_MENDING.has(event.code) ? 'info' : 'warning', explanation)
  }
  const onStateless = ({ payload }: onStatelessParameters) => {
    const notice = readLimitNotice(payload)
    if (notice) tell('warning', notice.message)
  }

  provider.on('close', onClose)
  provider.on('stateless', onStateless)
  return () => {
    provider.off('close', onClose)
    provider.off('stateless', onStateless)
  }
}

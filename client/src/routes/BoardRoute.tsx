import { useEffect } from 'react'
import { BoardProvider } from '../adapters/BoardProvider'
import type { LinkKey } from '../core/routing/linkKey'
import { BoardMessage } from '../ui/BoardMessage'
import { Deferred } from '../ui/deferred/Deferred'
import { lazyNamed } from '../ui/deferred/lazyNamed'
import { usePhoneLayout } from '../adapters/usePhoneLayout'
import { useOpenBoard } from '../adapters/useOpenBoard'

// Each screen is a chunk of its own: a phone that scans the QR code never fetches the canvas,
// and a laptop never fetches the phone's screen. The chunk is asked for as the route first
// renders, so it arrives while the board's socket connects rather than after.
const loadBoardScreen = () => import('../screens/board/BoardScreen')
const loadPhoneScreen = () => import('../screens/phone/PhoneScreen')
const BoardScreen = lazyNamed(() => loadBoardScreen().then((chunk) => chunk.BoardScreen))
const PhoneScreen = lazyNamed(() => loadPhoneScreen().then((chunk) => chunk.PhoneScreen))

interface BoardRouteProps {
  readonly boardId: string
  readonly linkKey: LinkKey | null
  readonly mode: 'board' | 'projector'
}

/** `/b/:id` and `/b/:id/projector`: opens the board named by the path with the fragment's key. */
export function BoardRoute({ boardId, linkKey, mode }: BoardRouteProps) {
  const session = useOpenBoard(
    linkKey ? { boardId, ...linkKey, readOnly: mode === 'projector' } : null,
  )
  const phone = usePhoneLayout() && mode === 'board' && !session?.readOnly
  useEffect(() => {
    // Fetching twice is harmless: the module loader keeps one promise per chunk.
    void (phone ? loadPhoneScreen() : loadBoardScreen()).catch(() => undefined)
  }, [phone])

  if (!linkKey) {
    return (
      <BoardMessage title="This link is missing its key" tone="problem">
        <p>
          A board link ends with a long code after a <code>#</code> sign. That code is the key to
          the board. Ask the person who invited you to send the whole link again, and open it
          exactly as it is.
        </p>
      </BoardMessage>
    )
  }
  const opening = <BoardMessage title="Opening the board…">{null}</BoardMessage>
  if (!session) return opening

  return (
    <BoardProvider session={session}>
      <Deferred fallback={opening}>
        {phone ? <PhoneScreen /> : <BoardScreen mode={mode} />}
      </Deferred>
    </BoardProvider>
  )
}

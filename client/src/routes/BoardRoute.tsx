import { BoardProvider } from '../adapters/BoardProvider'
import type { LinkKey } from '../core/routing/linkKey'
import { BoardMessage } from '../ui/BoardMessage'
import { BoardScreen } from '../screens/board/BoardScreen'
import { PhoneScreen } from '../screens/phone/PhoneScreen'
import { usePhoneLayout } from '../screens/phone/usePhoneLayout'
import { useOpenBoard } from '../adapters/useOpenBoard'

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
  if (!session) return <BoardMessage title="Opening the board…">{null}</BoardMessage>

  return (
    <BoardProvider session={session}>
      {phone ? <PhoneScreen /> : <BoardScreen mode={mode} />}
    </BoardProvider>
  )
}

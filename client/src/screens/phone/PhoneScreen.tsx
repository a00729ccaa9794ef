import { useBoardState, useConnection, useLoaded } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { LiveAnnouncer } from '../../features/announcer/LiveAnnouncer'
import { RefusedMessage } from '../../ui/RefusedMessage'
import { JoinDialog } from '../../features/join/JoinDialog'
import { NoticeToast } from '../../features/notices/NoticeToast'
import { useJoinOnConnect } from '../../features/join/useJoinOnConnect'
import { MyNotes } from './MyNotes'
import { NoteComposer } from './NoteComposer'
import { PhoneHeader } from './PhoneHeader'
import { PhoneOutcomes } from './PhoneOutcomes'
import { PhoneReframes } from './PhoneReframes'
import { PhoneStage } from './PhoneStage'
import { PhoneVote } from './PhoneVote'
import './phone.css'
import './ownCards.css'

/**
 * A participant's board on a phone: no canvas to pan, just what a person in the room needs in
 * the order they need it: what we are doing now, write a note, vote when a vote is open, react
 * to reframes and outcomes, and my notes. Everything lands on the same board at once.
 */
export function PhoneScreen() {
  const connection = useConnection()
  const loaded = useLoaded()
  const needsIdentity = useUi((state) => !state.hasJoined || state.identityOpen)
  // While a vote is open, voting is what the room is doing: it comes before writing.
  const voting = useBoardState((state) => state.board.meta.vote?.status === 'open')
  useJoinOnConnect()

  if (connection.kind === 'refused') {
    return <RefusedMessage reason={connection.reason} />
  }

  return (
    <div className="phone" data-testid="phone-view">
      {/* First in the tab order, so a keyboard reaches its dismiss button at once. */}
      <NoticeToast screen="phone" />
      <PhoneHeader />
      <main className="phone-main">
        {loaded ? (
          <>
            <PhoneStage />
            {voting && <PhoneVote />}
            <NoteComposer />
            <PhoneReframes />
            <PhoneOutcomes />
            <MyNotes />
          </>
        ) : (
          <p className="phone-loading" role="status">
            {connection.kind === 'offline'
              ? 'Cannot reach the board yet. Still trying…'
              : 'Opening the board…'}
          </p>
        )}
      </main>
      <LiveAnnouncer />
      {loaded && needsIdentity && <JoinDialog focusAfter="[data-testid='phone-note-text']" />}
    </div>
  )
}

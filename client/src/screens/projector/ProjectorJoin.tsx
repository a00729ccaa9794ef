import { useBoardSession } from '../../adapters/BoardProvider'
import { JoinQr } from './JoinQr'
import { joinUrl } from '../../core/routing/joinLink'
import { useJoinCode } from './useJoinCode'

const QR_LABEL = 'QR code: scan it to join this board as a participant'

/**
 * How to join from a phone or laptop. Shown only when the projector link carries the join
 * token (see joinLink.ts); otherwise it says how to get one, rather than showing a code that
 * would open a view-only board.
 */
export function ProjectorJoin({ joinToken }: { joinToken: string | null }) {
  if (!joinToken) {
    return (
      <section className="projector-join projector-join-missing" aria-label="Join">
        <p className="projector-join-title">Join from your phone or laptop</p>
        <p className="projector-join-hint">
          Ask the facilitator for the participant link. To show a join code here, open the projector
          from the board’s Invite menu or its start page.
        </p>
      </section>
    )
  }
  return <JoinInvitation joinToken={joinToken} />
}

/**
 * The short link as a QR code and in type meant for the back of the room (`host/j/` above the
 * code itself, which is what people type). Until the server has answered with the code, and for
 * as long as it cannot (offline), the full participant link stands in for it.
 */
function JoinInvitation({ joinToken }: { joinToken: string }) {
  const { boardId } = useBoardSession()
  const code = useJoinCode(boardId, joinToken)

  if (code.kind === 'asking') {
    return (
      <section className="projector-join" aria-label="Join" aria-busy="true">
        <div className="projector-qr projector-qr-pending" aria-hidden="true" />
        <p className="projector-join-title">Scan to join</p>
      </section>
    )
  }
  if (code.kind === 'unavailable') return <FullLinkInvitation boardId={boardId} token={joinToken} />

  const address = code.shortJoinUrl.replace(/^https?:\/\//, '')
  const prefix = address.slice(0, address.length - code.joinCode.length)
  return (
    <section className="projector-join" aria-label="Join" data-testid="projector-join">
      <JoinQr url={code.shortJoinUrl} label={QR_LABEL} />
      <div className="projector-join-text">
        <p className="projector-join-title">Scan to join</p>
        <p className="projector-join-hint">or type this address on your phone:</p>
      </div>
      <p className="projector-join-short" data-testid="join-short-url">
        <span className="projector-join-host">{prefix}</span>
        <span className="projector-join-code" data-testid="join-code">
          {code.joinCode}
        </span>
      </p>
    </section>
  )
}

/** Splits a long link into lines at natural points, so it can be copied by eye if need be. */
function linkLines(url: string): string[] {
  const [address, fragment] = url.split('#')
  return fragment ? [address.replace(/^https?:\/\//, ''), `#${fragment}`] : [url]
}

/** The participant link itself, when there is no short one to show. */
function FullLinkInvitation({ boardId, token }: { boardId: string; token: string }) {
  const url = joinUrl(window.location.origin, boardId, token)
  return (
    <section className="projector-join" aria-label="Join" data-testid="projector-join">
      <JoinQr url={url} label={QR_LABEL} />
      <div className="projector-join-text">
        <p className="projector-join-title">Scan to join</p>
        <p className="projector-join-hint">Point your phone’s camera at the code.</p>
      </div>
      <p className="projector-join-link" data-testid="join-link">
        {linkLines(url).map((line) => (
          <span key={line}>{line}</span>
        ))}
      </p>
    </section>
  )
}

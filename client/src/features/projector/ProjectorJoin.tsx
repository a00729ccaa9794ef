import { useBoardSession } from '../../sync/BoardProvider'
import { JoinQr } from './JoinQr'
import { joinUrl } from './joinLink'

/** Splits a long link into lines at natural points, so it can be copied by eye if need be. */
function linkLines(url: string): string[] {
  const [address, fragment] = url.split('#')
  return fragment ? [address.replace(/^https?:\/\//, ''), `#${fragment}`] : [url]
}

/**
 * How to join from a phone or laptop: the participant link as a QR code, and in writing. Shown
 * only when the projector link carries the join token (see joinLink.ts); otherwise it says how
 * to get one, rather than showing a code that would open a view-only board.
 */
export function ProjectorJoin({ joinToken }: { joinToken: string | null }) {
  const { boardId } = useBoardSession()
  if (!joinToken) {
    return (
      <section className="projector-join projector-join-missing" aria-label="Join">
        <p className="projector-join-title">Join from your phone or laptop</p>
        <p className="projector-join-hint">
          Ask the facilitator for the participant link. To show a join code here, open the projector
          from the board’s start page.
        </p>
      </section>
    )
  }
  const url = joinUrl(window.location.origin, boardId, joinToken)
  return (
    <section className="projector-join" aria-label="Join" data-testid="projector-join">
      <JoinQr url={url} label="QR code: scan it to join this board as a participant" />
      <div className="projector-join-text">
        <p className="projector-join-title">Scan to join</p>
        <p className="projector-join-hint">Point your phone’s camera at the code.</p>
        <p className="projector-join-link" data-testid="join-link">
          {linkLines(url).map((line) => (
            <span key={line}>{line}</span>
          ))}
        </p>
      </div>
    </section>
  )
}

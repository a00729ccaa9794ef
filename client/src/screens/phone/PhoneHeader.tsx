import { useBoardSession } from '../../adapters/BoardProvider'
import { useConnection, useLoaded, useMeta } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { RoleTag } from '../../ui/voices/RoleTag'
import { LayoutSwitch } from '../../ui/LayoutSwitch'

const STATUS_WORDS = {
  connecting: 'Connecting…',
  live: 'Live',
  offline: 'Offline — your notes are saved on this phone',
  refused: 'No access',
} as const

/** The board's name, whether it is live, who I am on it, and the way out to the full board. */
export function PhoneHeader() {
  const { ui } = useBoardSession()
  const meta = useMeta()
  const loaded = useLoaded()
  const connection = useConnection()
  const me = useUi((state) => state.me)
  const hasJoined = useUi((state) => state.hasJoined)

  return (
    <header className="phone-header">
      <div className="phone-header-row">
        <h1 className="phone-title" data-testid="board-title">
          {loaded ? meta.title : 'Coboard'}
        </h1>
        <LayoutSwitch to="full" className="phone-full" />
      </div>
      <div className="phone-header-row">
        <p
          className={`phone-status phone-status-${connection.kind}`}
          role="status"
          data-testid="connection-status"
          data-status={connection.kind}
        >
          <span className="phone-status-dot" aria-hidden="true" />
          {STATUS_WORDS[connection.kind]}
        </p>
        {hasJoined && (
          <button
            type="button"
            className="phone-me"
            onClick={() => ui.getState().setIdentityOpen(true)}
          >
            <span className="visually-hidden">You are </span>
            <span className="phone-me-name">{me.name || 'You'}</span>
            <RoleTag role={me.role} size="small" />
            <span className="visually-hidden">. Change your name or side</span>
          </button>
        )}
      </div>
    </header>
  )
}

import { useConnection } from '../adapters/useBoard'
import './connection.css'

const WORDS = {
  connecting: { label: 'Connecting…', detail: 'Connecting to the board' },
  live: { label: 'Live', detail: 'Connected: everyone sees changes as they happen' },
  offline: {
    label: 'Offline — your changes are saved on this device',
    detail: 'They are sent to everyone as soon as the connection comes back',
  },
  refused: { label: 'No access', detail: 'The server did not accept this link' },
} as const

/** The link to the server in words and colour, so nobody relies on colour alone. */
export function ConnectionIndicator() {
  const connection = useConnection()
  const words = WORDS[connection.kind]
  return (
    <div
      className={`connection connection-${connection.kind}`}
      role="status"
      title={words.detail}
      data-testid="connection-status"
      data-status={connection.kind}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span>{words.label}</span>
      <span className="visually-hidden">. {words.detail}</span>
    </div>
  )
}

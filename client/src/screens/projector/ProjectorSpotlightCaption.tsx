import type { RoleDefinition, RoleId } from '@coboard/shared'
import { useBoardState, useMeta } from '../../adapters/useBoard'
import { roleColor, roleLabel } from '../../ui/voices/roleColors'

/** What a spotlight is called on the wall, by kind of card. */
const KIND_WORDS = { note: 'Note', reframe: 'They → we', outcome: 'Outcome', cluster: 'Group' }

/**
 * The line above a spotlighted card: that the facilitator put it up, and the side its author
 * speaks for, so the room hears whose voice it is before reading it. A group speaks for no one
 * side (its cards carry their own), so it is only named.
 */
export function ProjectorSpotlightCaption() {
  const { roles, spotlight } = useMeta()
  const item = useBoardState((state) =>
    spotlight ? (state.board.items.get(spotlight.itemId) ?? null) : null,
  )
  if (!item) return null
  return (
    <p className="projector-spotlight" data-testid="projector-spotlight">
      <span className="projector-spotlight-label">In the spotlight</span>
      {item.kind === 'cluster' ? (
        <span>{KIND_WORDS.cluster}</span>
      ) : (
        <SpokenFor kind={KIND_WORDS[item.kind]} role={item.role} roles={roles} />
      )}
    </p>
  )
}

/** "Note from" and the side, on the side's colour. */
function SpokenFor(props: { kind: string; role: RoleId; roles: readonly RoleDefinition[] }) {
  return (
    <>
      <span>{props.kind} from</span>
      <span
        className="projector-spotlight-side"
        style={{ background: roleColor(props.role, props.roles) }}
      >
        {roleLabel(props.role, props.roles)}
      </span>
    </>
  )
}

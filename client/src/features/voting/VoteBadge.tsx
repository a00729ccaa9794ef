import { itemBounds, type BoardItem, type ItemTally } from '@coboard/shared'
import { useEffect, useRef, useState } from 'react'
import { useBoardState, useRemoteDrag } from '../../adapters/useBoard'
import { BOARD_OBJECT_ATTR } from '../../ui/domTargets'
import { useClusterOffset } from '../../adapters/useClusterOffset'
import { roleColor, roleLabel } from '../../ui/voices/roleColors'
import { countRender } from '../../core/lib/renderCounts'
import { itemLabel } from './itemLabel'
import { useDotActions } from '../../ui/dots/useDotActions'

/** A card's words cut to what a button's name can carry. */
function shortLabel(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim()
  return words.length > 60 ? `${words.slice(0, 59).trimEnd()}…` : words
}

interface VoteBadgeProps {
  readonly item: BoardItem
  /** A vote is open and this screen belongs to someone who can vote. */
  readonly canVote: boolean
  /** This person's dots on the item (open vote only). */
  readonly mine: number
  /** This person's dots still to place. */
  readonly left: number
  /** Everyone's dots on the item, once revealed. */
  readonly tally: ItemTally | null
}

/**
 * The dot control on one card: your dots (press to take one back) and a ⊕ to place another,
 * or after the reveal the card's total with a bar split by side. It sits on the card's edge and
 * travels with it while someone drags it or its group.
 */
export function VoteBadge({ item, canVote, mine, left, tally }: VoteBadgeProps) {
  countRender('VoteBadge')
  const dots = useDotActions()
  const label = shortLabel(itemLabel(item, false))
  const addRef = useRef<HTMLButtonElement>(null)
  const mineRef = useRef<HTMLButtonElement>(null)
  // The button just pressed may go (the last dot placed, the last one taken back): the focus
  // then moves to the other one on the same card rather than falling to the page.
  const [pressed, setPressed] = useState<'add' | 'mine' | null>(null)
  useEffect(() => {
    if (pressed === 'add' && !addRef.current) mineRef.current?.focus()
    if (pressed === 'mine' && !mineRef.current) addRef.current?.focus()
  }, [pressed, mine, left])
  const roles = useBoardState((state) => state.board.meta.roles)
  const remoteDrag = useRemoteDrag(item.id)
  const carried = useClusterOffset(item.id)
  const bounds = itemBounds(item)
  const cluster = item.kind === 'cluster'
  const x = (remoteDrag?.x ?? item.x + carried.dx) + bounds.width
  const y = (remoteDrag?.y ?? item.y + carried.dy) + (cluster ? 0 : bounds.height)

  let content = null
  if (tally && tally.total > 0) {
    const split = roles.filter((role) => tally.byRole[role.id])
    const words = split.map((r) => `${tally.byRole[r.id]} ${roleLabel(r.id, roles)}`).join(', ')
    content = (
      <span
        className="vote-total"
        role="img"
        aria-label={`${tally.total} ${tally.total === 1 ? 'dot' : 'dots'}: ${words}`}
        data-testid="vote-total"
      >
        <span className="vote-total-count">{tally.total}</span>
        <span
          className="vote-total-bar"
          style={{ width: Math.min(96, 12 + tally.total * 8) }}
          aria-hidden="true"
        >
          {split.map((role) => (
            <span
              key={role.id}
              style={{ flexGrow: tally.byRole[role.id], background: roleColor(role.id, roles) }}
            />
          ))}
        </span>
      </span>
    )
  } else if (canVote && (mine > 0 || left > 0)) {
    content = (
      <>
        {mine > 0 && (
          <button
            type="button"
            className="vote-mine"
            ref={mineRef}
            onClick={() => {
              setPressed('mine')
              dots.takeBack(item.id, label, left + 1)
            }}
            aria-label={`Take back a dot from “${label}”. You placed ${mine} here.`}
            title="Take back a dot"
            data-testid="vote-mine"
          >
            {Array.from({ length: mine }, (_, i) => (
              <span key={i} className="vote-dot is-mine" />
            ))}
          </button>
        )}
        {left > 0 && (
          <button
            type="button"
            className="vote-add"
            ref={addRef}
            onClick={() => {
              setPressed('add')
              dots.place(item.id, label, left - 1)
            }}
            aria-label={`Place a dot on “${label}”. ${left} left.`}
            title="Place a dot (V)"
            data-testid="vote-add"
          >
            +
          </button>
        )}
      </>
    )
  }
  if (!content) return null

  return (
    <div
      className={`vote-slot${cluster ? ' is-cluster' : ''}`}
      style={{ transform: `translate(${x}px, ${y}px)` }}
      data-item-id={item.id}
      {...{ [BOARD_OBJECT_ATTR]: '' }}
    >
      <div className="vote-badge" onPointerDown={(event) => event.stopPropagation()}>
        {content}
      </div>
    </div>
  )
}

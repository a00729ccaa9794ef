import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { hasPrivateWords, ownCards, type ItemId, type OwnCard } from '@coboard/shared'
import { useBoardState } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import type { RestorableDelete } from '../../core/actions/restorableDelete'
import { Icon } from '../../ui/Icon'
import { NOTE_PALETTE } from '../../ui/noteColors'
import { OwnCardSheet } from './OwnCardSheet'
import { PhoneToast, type Toast } from './PhoneToast'

/**
 * The cards I wrote (notes, and the reframes I started), newest first, without finding them on
 * a canvas: a tap opens one to edit, reframe or delete (OwnCardSheet). A deletion can be taken
 * back from the toast that says it happened.
 */
export function MyNotes() {
  const me = useUi((state) => state.me.participantId)
  const cards = useBoardState(useShallow((state) => ownCards(state.board.items.values(), me)))
  const [openId, setOpenId] = useState<ItemId | null>(null)
  const [toast, setToast] = useState<Toast | null>(null)
  // The deletion the toast can still take back; let go of once the toast has gone.
  const pending = useRef<RestorableDelete | null>(null)
  const listRef = useRef<HTMLElement>(null)

  const showToast = (next: Toast, deleted: RestorableDelete | null = null) => {
    pending.current?.release()
    pending.current = deleted
    setToast(next)
  }
  const endToast = useCallback(() => {
    pending.current?.release()
    pending.current = null
    setToast(null)
  }, [])
  const close = useCallback(() => setOpenId(null), [])
  useEffect(() => () => pending.current?.release(), [])
  const focusToastAction = () =>
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>('.phone-toast-action')?.focus(),
    )

  return (
    <section className="phone-card" aria-labelledby="phone-mine-title" ref={listRef}>
      <h2 id="phone-mine-title" className="phone-section-title">
        My notes <span className="phone-count">{cards.length}</span>
      </h2>
      {cards.length === 0 ? (
        <p className="phone-empty">Notes you add appear here, and on the board.</p>
      ) : (
        <>
          <p className="phone-hint">Tap one to change it, reframe it or delete it.</p>
          <ul className="phone-list">
            {cards.map((card) => (
              <OwnCardRow key={card.id} card={card} onOpen={() => setOpenId(card.id)} />
            ))}
          </ul>
        </>
      )}
      {openId && (
        <OwnCardSheet
          id={openId}
          onClose={close}
          onDeleted={(deleted, noun) => {
            setOpenId(null)
            showToast(
              {
                message: `${noun === 'note' ? 'Note' : 'Reframe'} deleted.`,
                action: { label: 'Undo', run: () => deleted.restore(), testId: 'undo-delete' },
              },
              deleted,
            )
            // The row that had focus is gone: the way back is the next thing to reach.
            focusToastAction()
          }}
          onReframed={() => {
            setOpenId(null)
            showToast({
              message: 'Reframe added to the board. Each side can accept it under Reframes.',
            })
          }}
        />
      )}
      <PhoneToast toast={toast} onDone={endToast} />
    </section>
  )
}

function OwnCardRow({ card, onOpen }: { card: OwnCard; onOpen: () => void }) {
  const isPrivate = useBoardState((state) =>
    hasPrivateWords({ kind: card.kind, stageId: card.stageId ?? null }, state.board.stages),
  )
  const text = card.kind === 'note' ? card.text : card.we
  const fill = card.kind === 'note' ? NOTE_PALETTE[card.color].fill : undefined
  return (
    <li
      className={`phone-own phone-own-${card.kind}`}
      style={{ '--own-fill': fill } as CSSProperties}
      data-testid="my-note"
    >
      <button
        type="button"
        className="phone-own-open"
        aria-haspopup="dialog"
        onClick={onOpen}
        data-testid="open-own-card"
      >
        <span className="phone-own-kind">
          {card.kind === 'note' ? 'Note' : 'Reframe'}
          {isPrivate && (
            <span className="phone-own-private">
              <Icon name="lock" size={14} />
              Only you
            </span>
          )}
        </span>
        <span className="phone-own-text">{text.trim() || 'Empty'}</span>
        <span className="visually-hidden">. Change, reframe or delete</span>
        <span className="phone-own-chevron" aria-hidden="true">
          <Icon name="chevronRight" size={20} />
        </span>
      </button>
    </li>
  )
}

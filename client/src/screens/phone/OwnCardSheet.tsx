import { useLayoutEffect, useRef, useState } from 'react'
import { hasPrivateWords, isOwnCard, type ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState, useItem } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { reframedNotes } from '../../core/state/boardIndexes'
import type { RestorableDelete } from '../../core/actions/restorableDelete'
import { CloseButton } from '../../ui/CloseButton'
import { Icon } from '../../ui/Icon'
import { Glyph } from '../../ui/voices/Glyph'
import { SharedTextField } from '../../ui/SharedTextField'
import { ReframeComposer } from './ReframeComposer'

interface OwnCardSheetProps {
  readonly id: ItemId
  readonly onClose: () => void
  /** The card is gone from the board; `deleted` can put it back. */
  readonly onDeleted: (deleted: RestorableDelete, noun: string) => void
  readonly onReframed: () => void
}

/**
 * One of my own cards, opened from "My notes" as a sheet over the page: edit its words (the same
 * merging text field as the board's cards, with the same length limit, and in a private stage
 * the words stay in my private document), start a "we" reframe of a note, or delete it.
 *
 * Offered only for my own cards (ownCards.ts): the list shows no author, so nobody can tell
 * whose words they would be changing.
 */
export function OwnCardSheet({ id, onClose, onDeleted, onReframed }: OwnCardSheetProps) {
  const { actions } = useBoardSession()
  const me = useUi((state) => state.me.participantId)
  const card = useItem(id)
  const own = card && isOwnCard(card, me) ? card : null
  const isPrivate = useBoardState((state) =>
    own
      ? hasPrivateWords({ kind: own.kind, stageId: own.stageId ?? null }, state.board.stages)
      : false,
  )
  const reframed = useBoardState((state) => reframedNotes(state.board.items).has(id))
  const [mode, setMode] = useState<'edit' | 'reframe'>('edit')
  const dialogRef = useRef<HTMLDialogElement>(null)

  // Layout effects, so the dialog is closed (and gives focus back) before React removes it.
  useLayoutEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  // Deleted by someone else, or undone, while open: nothing left to edit.
  useLayoutEffect(() => {
    if (!own) onClose()
  }, [own, onClose])
  if (!own) return null

  const noun = own.kind === 'note' ? 'note' : 'reframe'
  const remove = () => onDeleted(actions.deleteRestorably(id), noun)

  return (
    <dialog
      ref={dialogRef}
      className="own-sheet"
      aria-labelledby="own-sheet-title"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      // A tap on the dimmed page around the sheet closes it, as on any phone.
      onClick={(event) => event.target === event.currentTarget && onClose()}
      data-testid="own-card-sheet"
    >
      <div className="own-sheet-body">
        <span className="own-sheet-grip" aria-hidden="true" />
        <header className="own-sheet-head">
          <h2 id="own-sheet-title" className="own-sheet-title">
            {mode === 'reframe' ? 'Reframe as “we”' : `Your ${noun}`}
          </h2>
          <CloseButton label="Close" onClick={onClose} className="own-sheet-close" />
        </header>
        {isPrivate && (
          <p className="own-sheet-private" data-testid="own-card-private">
            <Icon name="lock" size={18} />
            Only you can see this until the facilitator reveals this stage.
          </p>
        )}
        {mode === 'reframe' && own.kind === 'note' ? (
          <ReframeComposer
            noteId={id}
            they={own.text}
            onBack={() => setMode('edit')}
            onAdded={onReframed}
          />
        ) : (
          <>
            {own.kind === 'reframe' && (
              <blockquote className="own-sheet-they">
                <span className="phone-kind">They said</span>
                {own.they || '…'}
              </blockquote>
            )}
            <SharedTextField
              itemId={id}
              field={own.kind === 'note' ? 'text' : 'we'}
              value={own.kind === 'note' ? own.text : own.we}
              label={own.kind === 'note' ? 'Your note' : 'We could'}
              multiline
              autoFocus
              onDone={onClose}
              className="own-sheet-text"
              testId="own-card-text"
            />
            <p className="own-sheet-hint">Changes are saved as you type.</p>
            <div className="own-sheet-actions">
              {own.kind === 'note' && !reframed && (
                <button
                  type="button"
                  className="own-sheet-action"
                  onClick={() => setMode('reframe')}
                  data-testid="reframe-own-note"
                >
                  <Glyph name="reframe" size={18} />
                  Reframe as “we”
                </button>
              )}
              <button
                type="button"
                className="own-sheet-action own-sheet-delete"
                onClick={remove}
                data-testid="delete-own-card"
              >
                <Icon name="trash" size={18} />
                Delete {noun}
              </button>
            </div>
            <button
              type="button"
              className="btn btn-primary own-sheet-done"
              onClick={onClose}
              data-testid="own-card-done"
            >
              Done
            </button>
          </>
        )}
      </div>
    </dialog>
  )
}

import { memo } from 'react'
import { NOTE_COLORS, type ItemId, type NoteColor } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState, useItem } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { NOTE_PALETTE } from '../../ui/noteColors'
import { SharedTextField } from '../../ui/SharedTextField'
import { RoleTag } from '../../ui/voices/RoleTag'
import { roleLabel } from '../../ui/voices/roleColors'
import { useOutlineVotes } from './useOutlineVotes'
import { ListDots } from '../../ui/dots/ListDots'
import { announce } from '../../adapters/announce'

/**
 * One note as a list row: who wrote it (side first) and its dots, its words in a field that
 * merges with anyone typing on the board, then its colour and delete. Memoised on the id, like
 * NoteCard.
 */
export const OutlineNote = memo(function OutlineNote(props: { id: ItemId; autoFocus: boolean }) {
  const { actions, coproduction, readOnly } = useBoardSession()
  const note = useItem(props.id)
  const author = useBoardState((state) =>
    note ? (state.board.participants.get(note.authorId)?.name ?? '') : '',
  )
  const roles = useBoardState((state) => state.board.meta.roles)
  const votes = useOutlineVotes(props.id)
  const reframed = useBoardState((state) =>
    [...state.board.items.values()].some(
      (item) => item.kind === 'reframe' && item.sourceNoteId === props.id,
    ),
  )
  if (!note || note.kind !== 'note') return null
  const who = `${roleLabel(note.role, roles)}${author ? `, ${author}` : ''}`

  return (
    <li
      className="outline-note"
      style={{ borderLeftColor: NOTE_PALETTE[note.color].fill }}
      data-testid="outline-note"
    >
      <div className="outline-note-meta">
        <RoleTag role={note.role} size="small" />
        {author && <span className="outline-author">{author}</span>}
        {votes && <span className="outline-votes">{votes}</span>}
      </div>
      {readOnly ? (
        <p className="outline-text">{note.text || 'Empty note'}</p>
      ) : (
        <SharedTextField
          itemId={note.id}
          field="text"
          value={note.text}
          label={`Note by ${who}`}
          multiline
          placeholder="Empty note: type to add words"
          className="outline-field"
          autoFocus={props.autoFocus}
          testId="outline-note-text"
        />
      )}
      {!readOnly && (
        <div className="outline-note-actions">
          <ListDots item={note} words={note.text} />
          {!reframed && note.text.trim() !== '' && (
            <button
              type="button"
              className="btn btn-quiet outline-reframe"
              onClick={() => {
                if (coproduction.reframeNote(note.id)) {
                  announce('Reframe card added under Reframes: write what we could do together.')
                }
              }}
              data-testid="outline-reframe"
            >
              Reframe as “we”
            </button>
          )}
          <label className="outline-colour">
            <span className="visually-hidden">Colour of the note by {who}</span>
            <select
              value={note.color}
              onChange={(event) => actions.setNoteColor(note.id, event.target.value as NoteColor)}
            >
              {NOTE_COLORS.map((color) => (
                <option key={color} value={color}>
                  {NOTE_PALETTE[color].label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="btn btn-quiet btn-icon outline-delete"
            onClick={() => actions.deleteItem(note.id)}
            aria-label={`Delete the note by ${who}`}
            title="Delete"
          >
            <Icon name="trash" size={17} />
          </button>
        </div>
      )}
    </li>
  )
})

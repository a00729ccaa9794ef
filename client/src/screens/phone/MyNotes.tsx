import { useShallow } from 'zustand/react/shallow'
import type { Note } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { Icon } from '../../ui/Icon'
import { NOTE_PALETTE } from '../../ui/noteColors'
import { SharedTextField } from '../../ui/SharedTextField'
import { SYNCED_TEXT_ATTR } from '../../ui/domTargets'

/**
 * The notes I wrote, newest first: still editable (several people may type in one note, so the
 * fields merge keystrokes like the board does) and removable, without finding them on a canvas.
 */
export function MyNotes() {
  const { actions } = useBoardSession()
  const me = useUi((state) => state.me.participantId)
  const notes = useBoardState(
    useShallow((state) =>
      [...state.board.items.values()]
        .filter((item): item is Note => item.kind === 'note' && item.authorId === me)
        .sort((a, b) => b.createdAt - a.createdAt),
    ),
  )

  return (
    <section
      className="phone-card"
      aria-labelledby="phone-mine-title"
      {...{ [SYNCED_TEXT_ATTR]: '' }}
    >
      <h2 id="phone-mine-title" className="phone-section-title">
        My notes <span className="phone-count">{notes.length}</span>
      </h2>
      {notes.length === 0 ? (
        <p className="phone-empty">Notes you add appear here, and on the board.</p>
      ) : (
        <ul className="phone-list">
          {notes.map((note, index) => (
            <li
              key={note.id}
              className="phone-note"
              style={{ background: NOTE_PALETTE[note.color].fill }}
              data-testid="my-note"
            >
              <SharedTextField
                itemId={note.id}
                field="text"
                value={note.text}
                label={`My note ${notes.length - index}`}
                multiline
                className="phone-note-text"
              />
              <button
                type="button"
                className="phone-note-delete"
                onClick={() => actions.deleteItem(note.id)}
                aria-label={`Delete my note ${notes.length - index}`}
              >
                <Icon name="trash" size={20} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

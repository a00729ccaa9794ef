import { memo, useCallback, useRef, type KeyboardEvent } from 'react'
import { useDraggable } from '@dnd-kit/core'
import type { ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useItem, useRemoteDrag } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { BOARD_OBJECT_ATTR } from '../../ui/domTargets'
import { RoleTag } from '../../ui/voices/RoleTag'
import { ReframeChip } from './ReframeChip'
import { RemoteEditBadge } from './RemoteEditBadge'
import { RoomOnlyMark } from '../../ui/consent/RoomOnlyMark'
import { useClusterOffset } from '../../adapters/useClusterOffset'
import { FaceDownNote } from './FaceDownNote'
import { useIsHidden } from '../../adapters/useIsHidden'
import { NOTE_PALETTE } from '../../ui/noteColors'
import { NoteEditor } from './NoteEditor'
import { NoteText } from './NoteText'
import { countRender } from '../../core/lib/renderCounts'
import { cardSurfaceAria } from '../../canvas/cardSurfaceAria'
import { keepInSight } from '../../canvas/keepInSight'
import { useAuthorName } from '../../ui/voices/useRoleLabel'

const DRAGGABLE_ATTRIBUTES = { roleDescription: 'sticky note' }

/** One sticky note. Memoised on its id: a change to another note never re-renders this one. */
export const NoteCard = memo(function NoteCard({ id }: { id: ItemId }) {
  countRender('NoteCard')
  const { ui, readOnly } = useBoardSession()
  const note = useItem(id)
  const selected = useUi((state) => state.selectedId === id)
  const editing = useUi((state) => state.editingId === id) && !readOnly
  const remoteDrag = useRemoteDrag(id)
  const hidden = useIsHidden(id)
  const carried = useClusterOffset(id)
  const authorName = useAuthorName(note?.authorId)
  const noteRef = useRef<HTMLElement | null>(null)
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id,
    disabled: readOnly || editing,
    attributes: DRAGGABLE_ATTRIBUTES,
  })
  // One callback for the note's life: an inline one would detach and re-attach on every render.
  const setRefs = useCallback(
    (element: HTMLElement | null) => {
      noteRef.current = element
      setNodeRef(element)
    },
    [setNodeRef],
  )
  const focusNote = useCallback(() => noteRef.current?.focus(), [])
  if (!note || note.kind !== 'note') return null
  if (hidden) {
    return <FaceDownNote x={note.x + carried.dx} y={note.y + carried.dy} />
  }

  // While this device drags, dnd-kit's transform is in screen pixels; the world is scaled.
  const zoom = transform ? ui.getState().viewport.zoom : 1
  const x = transform ? note.x + transform.x / zoom : (remoteDrag?.x ?? note.x + carried.dx)
  const y = transform ? note.y + transform.y / zoom : (remoteDrag?.y ?? note.y + carried.dy)

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !isDragging && !readOnly && event.target === event.currentTarget) {
      event.preventDefault()
      ui.getState().startEditing(id)
      return
    }
    listeners?.onKeyDown?.(event)
  }

  return (
    <div
      className={`note-slot${isDragging ? ' is-dragging' : ''}${remoteDrag && !isDragging ? ' is-remote-drag' : ''}${selected ? ' is-selected' : ''}`}
      style={{ transform: `translate(${x}px, ${y}px)` }}
      {...{ [BOARD_OBJECT_ATTR]: '' }}
    >
      <div
        ref={setRefs}
        {...cardSurfaceAria(attributes, DRAGGABLE_ATTRIBUTES.roleDescription, editing)}
        // No name or description of its own: the note is named by what it shows (side, author,
        // words), so a screen reader hears the note itself and speech control can say it.
        {...listeners}
        className={`note${selected ? ' is-selected' : ''}`}
        style={{ background: NOTE_PALETTE[note.color].fill }}
        data-testid="note"
        data-note-id={id}
        data-color={note.color}
        data-x={Math.round(x)}
        data-y={Math.round(y)}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          if (event.target !== event.currentTarget) return
          ui.getState().select(id)
          if (event.currentTarget.matches(':focus-visible')) keepInSight(ui, event.currentTarget)
        }}
        onPointerDown={(event) => {
          ui.getState().select(id)
          listeners?.onPointerDown?.(event)
        }}
        onDoubleClick={(event) => {
          event.stopPropagation()
          if (!readOnly) ui.getState().startEditing(id)
        }}
      >
        {/* Not a <header>: Chrome leaves a banner out of the name a card takes from its words. */}
        <div className="note-header">
          <RoleTag role={note.role} size="small" />
          {authorName && <span className="note-author">{authorName}</span>}
        </div>
        {editing ? (
          <NoteEditor id={id} text={note.text} onDone={() => noteRef.current?.focus()} />
        ) : (
          <NoteText text={note.text} />
        )}
        {remoteDrag && !isDragging && (
          <span className="note-moving" aria-hidden="true">
            {remoteDrag.user?.name || 'Someone'} is moving this
          </span>
        )}
        <RemoteEditBadge id={id} />
        <RoomOnlyMark id={id} />
      </div>
      {!isDragging && (
        <ReframeChip
          noteId={id}
          text={note.text}
          dismissed={note.theyFramingDismissed}
          onDismissed={focusNote}
        />
      )}
    </div>
  )
})

import { useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react'
import type { ItemId } from '@coboard/shared'
import { useBoardSession } from '../adapters/BoardProvider'
import { useUi } from '../adapters/useUi'
import { Icon } from '../ui/Icon'
import { BOARD_OBJECT_ATTR } from '../ui/domTargets'
import { SpotlightButton } from '../ui/spotlight/SpotlightButton'
import { useCardDrag } from './useCardDrag'
import { cardSurfaceAria } from './cardSurfaceAria'
import { deleteCard } from './deleteCard'
import './cardFrame.css'

interface CardFrameProps {
  readonly id: ItemId
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly className: string
  /** What screen readers call this kind of card, e.g. "reframe card". */
  readonly roleDescription: string
  /** Said after the card's own words: whose it is, where it stands (ui/voices/cardNames). */
  readonly description: string
  readonly testId: string
  /** The field that gets the caret when editing starts without pointing at one (Enter). */
  readonly defaultField: string
  /** The card's content; `editField` is the field to focus, or null when not editing. */
  readonly body: (editField: string | null, done: () => void) => ReactNode
  /** Buttons under the content. Kept outside the drag surface: no control inside a control. */
  readonly footer?: ReactNode
}

/**
 * The shell every co-production card shares with notes: placed on the board, selected on press,
 * dragged (Space and arrows by keyboard), edited on double-click or Enter, deleted from a corner
 * button or the Delete key. Double-clicking a part of the body marked `data-edit-field` opens
 * that field.
 */
export function CardFrame(props: CardFrameProps) {
  const { id, defaultField } = props
  const { ui, actions, board, readOnly } = useBoardSession()
  const selected = useUi((state) => state.selectedId === id)
  const editing = useUi((state) => state.editingId === id) && !readOnly
  const [field, setField] = useState(defaultField)
  // Kept in state, not a ref: `done` hands focus back to it and is passed down during render.
  const [surface, setSurface] = useState<HTMLDivElement | null>(null)
  const drag = useCardDrag(id, props, {
    disabled: readOnly || editing,
    roleDescription: props.roleDescription,
  })
  const { attributes, listeners, setNodeRef, isDragging, movedBy } = drag

  const startEditing = (target: string) => {
    if (readOnly) return
    setField(target)
    ui.getState().startEditing(id)
  }
  const done = () => {
    ui.getState().stopEditing()
    setField(defaultField)
    surface?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !isDragging && event.target === event.currentTarget) {
      event.preventDefault()
      return startEditing(defaultField)
    }
    listeners?.onKeyDown?.(event)
  }
  // Moving between fields of the same card keeps it open; leaving the card ends editing.
  const onBlur = (event: FocusEvent) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return
    if (ui.getState().editingId === id) ui.getState().stopEditing()
    setField(defaultField)
  }

  const classes = [
    'cocard',
    props.className,
    isDragging && 'is-dragging',
    movedBy && 'is-remote-drag',
    selected && 'is-selected',
    editing && 'is-editing',
  ]
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={{
        width: props.width,
        height: props.height,
        transform: `translate(${drag.x}px, ${drag.y}px)`,
      }}
      onBlur={onBlur}
      data-testid={props.testId}
      data-item-id={id}
      data-x={Math.round(drag.x)}
      data-y={Math.round(drag.y)}
      {...{ [BOARD_OBJECT_ATTR]: '' }}
    >
      <div
        ref={(element) => {
          setSurface(element)
          setNodeRef(element)
        }}
        {...cardSurfaceAria(attributes, props.roleDescription, editing, `${id}-about`)}
        {...listeners}
        className="cocard-surface"
        onKeyDown={onKeyDown}
        onFocus={(event) => event.target === event.currentTarget && ui.getState().select(id)}
        onPointerDown={(event) => {
          ui.getState().select(id)
          listeners?.onPointerDown?.(event)
        }}
        onDoubleClick={(event) => {
          event.stopPropagation()
          const target = (event.target as Element).closest('[data-edit-field]')
          startEditing(target?.getAttribute('data-edit-field') ?? defaultField)
        }}
      >
        {props.body(editing ? field : null, done)}
      </div>
      <span id={`${id}-about`} hidden>
        {props.description}
      </span>
      {props.footer}
      {selected && !readOnly && !editing && !isDragging && <SpotlightButton id={id} corner />}
      {selected && !readOnly && !editing && !isDragging && (
        <button
          type="button"
          className="cocard-delete"
          aria-label={`Delete this ${props.roleDescription}`}
          title="Delete (Del)"
          onPointerDown={(event) => event.stopPropagation()}
          onClick={() => deleteCard({ actions, ui, board }, id)}
        >
          <Icon name="trash" size={18} />
        </button>
      )}
      {movedBy && (
        <span className="cocard-moving" aria-hidden="true">
          {movedBy} is moving this
        </span>
      )}
    </div>
  )
}

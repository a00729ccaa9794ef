import { useLayoutEffect, useRef, useState } from 'react'
import { NOTE_COLORS, NOTE_HEIGHT, NOTE_WIDTH, type ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useItem, useRemoteDrag } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { Icon } from '../../ui/Icon'
import { BOARD_OBJECT_ATTR } from '../../ui/domTargets'
import { ConsentSelect } from '../../ui/consent/ConsentSelect'
import { SpotlightButton } from '../../ui/spotlight/SpotlightButton'
import { NOTE_PALETTE } from '../../ui/noteColors'
import { topChromeBottom } from '../../canvas/camera'
import { deleteCard } from '../../canvas/deleteCard'
import { useTabAfterNote } from './useTabAfterNote'
import './selectionToolbar.css'

const MARGIN = 8
const GAP = 12
/**
 * Below this the top bar covers the space above a note, so the toolbar goes underneath it; the
 * stage bar, whose height changes with the stage, is measured on top of it.
 */
const CHROME_TOP = 84
/** On a phone the toolbar docks above the zoom controls instead of following the note. */
const DOCK_BELOW_WIDTH = 520

/**
 * Colour, edit, how it may leave the room (for its author, or stricter for a facilitator) and
 * delete for the selected note. It lives in screen space, not on the scaled
 * board, so it keeps its size at any zoom and can be kept inside the window.
 */
export function SelectionToolbar() {
  const selectedId = useUi((state) => (state.draggingId ? null : state.selectedId))
  if (!selectedId) return null
  return <PositionedToolbar id={selectedId} />
}

function PositionedToolbar({ id }: { id: ItemId }) {
  const { actions, ui, board } = useBoardSession()
  const note = useItem(id)
  const remoteDrag = useRemoteDrag(id)
  const viewport = useUi((state) => state.viewport)
  const screen = useUi((state) => state.screen)
  const ref = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState({ width: 340, height: 46 })

  // Measured, not assumed: the toolbar's width depends on fonts and labels, and clamping it
  // inside the window needs the real number. ResizeObserver also reports once on observe.
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(() => {
      const { offsetWidth: width, offsetHeight: height } = element
      setSize((last) => (last.width === width && last.height === height ? last : { width, height }))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  useTabAfterNote(id, ref)

  if (!note || note.kind !== 'note') return null
  const { zoom } = viewport
  const left = ((remoteDrag?.x ?? note.x) - viewport.x) * zoom
  const top = ((remoteDrag?.y ?? note.y) - viewport.y) * zoom
  const bottom = top + NOTE_HEIGHT * zoom
  const offScreen = bottom < 0 || top > screen.height

  const docked = screen.width <= DOCK_BELOW_WIDTH
  const x = Math.min(
    Math.max(MARGIN, left + (NOTE_WIDTH * zoom) / 2 - size.width / 2),
    screen.width - size.width - MARGIN,
  )
  const above = top - size.height - GAP
  const y = above >= Math.max(CHROME_TOP, topChromeBottom() + MARGIN) ? above : bottom + GAP

  return (
    <div
      ref={ref}
      className={`note-toolbar${docked ? ' is-docked' : ''}`}
      role="toolbar"
      aria-label="Selected note"
      style={{
        ...(!docked && { transform: `translate(${x}px, ${y}px)` }),
        ...(offScreen && { visibility: 'hidden' }),
      }}
      {...{ [BOARD_OBJECT_ATTR]: '' }}
      onKeyDown={(event) => event.key === 'Escape' && ui.getState().select(null)}
      data-testid="note-toolbar"
    >
      <div className="note-swatches" role="radiogroup" aria-label="Note colour">
        {NOTE_COLORS.map((option) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={option === note.color}
            aria-label={NOTE_PALETTE[option].label}
            title={NOTE_PALETTE[option].label}
            className="note-swatch"
            style={{ background: NOTE_PALETTE[option].fill }}
            onClick={() => actions.setNoteColor(id, option)}
          />
        ))}
      </div>
      <span className="note-toolbar-divider" aria-hidden="true" />
      <button
        type="button"
        className="note-toolbar-button"
        onClick={() => ui.getState().startEditing(id)}
      >
        Edit
      </button>
      <ConsentSelect id={id} noun="note" />
      <SpotlightButton id={id} className="note-toolbar-button" />
      <button
        type="button"
        className="note-toolbar-button note-toolbar-danger"
        onClick={() => deleteCard({ actions, ui, board }, id)}
      >
        <Icon name="trash" size={16} />
        Delete
      </button>
    </div>
  )
}

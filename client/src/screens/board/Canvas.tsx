import { useRef, type MouseEvent, type PointerEvent } from 'react'
import { useBoardSession } from '../../adapters/BoardProvider'
import { screenToBoard } from '../../core/state/viewport'
import { NoteLayer } from './NoteLayer'
import { CursorLayer } from '../../features/presence/CursorLayer'
import { useAddNote } from '../../features/notes/useAddNote'
import { isOnBoardObject } from '../../ui/domTargets'
import { EmptyHint } from './EmptyHint'
import { useCameraStyle } from '../../canvas/useCameraStyle'
import { usePanZoom } from '../../canvas/usePanZoom'
import { useScreenSize } from '../../canvas/useScreenSize'
import './canvas.css'

/** The endless dotted surface the notes sit on; pans and zooms under the fixed chrome. */
export function Canvas() {
  const { ui, presence, readOnly } = useBoardSession()
  const canvasRef = useRef<HTMLDivElement>(null)
  const worldRef = useRef<HTMLDivElement>(null)
  const { addNoteAt } = useAddNote()
  useScreenSize(ui, canvasRef)
  useCameraStyle(ui, canvasRef, worldRef)
  usePanZoom(ui, canvasRef)

  const boardPoint = (event: { clientX: number; clientY: number }) => {
    const rect = canvasRef.current!.getBoundingClientRect()
    return screenToBoard(
      ui.getState().viewport,
      event.clientX - rect.left,
      event.clientY - rect.top,
    )
  }
  const onDoubleClick = (event: MouseEvent) => {
    if (readOnly || isOnBoardObject(event.target)) return
    const point = boardPoint(event)
    addNoteAt(point.x, point.y)
  }
  const onPointerMove = (event: PointerEvent) => {
    if (!readOnly && event.pointerType === 'mouse') presence.setCursor(boardPoint(event))
  }

  return (
    <section
      ref={canvasRef}
      className="board-canvas"
      aria-label="Board"
      aria-describedby="board-keyboard-help"
      data-testid="board-canvas"
      onDoubleClick={onDoubleClick}
      onPointerMove={onPointerMove}
      onPointerLeave={() => !readOnly && presence.setCursor(null)}
    >
      <p id="board-keyboard-help" className="visually-hidden">
        {readOnly
          ? 'This board is view only. Use Tab to read the notes; Shift+1 fits every note in view.'
          : 'Press N to add a note. Use Tab to move between notes, Enter to edit the selected ' +
            'note, Space to pick it up and the arrow keys to move it, Delete to remove it. ' +
            'Shift+1 fits every note in view.'}
      </p>
      <div ref={worldRef} className="board-world">
        <NoteLayer />
        <CursorLayer />
      </div>
      <EmptyHint />
    </section>
  )
}

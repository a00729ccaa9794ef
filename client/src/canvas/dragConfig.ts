import {
  KeyboardCode,
  type Announcements,
  type KeyboardCoordinateGetter,
  type ScreenReaderInstructions,
} from '@dnd-kit/core'

/** A small press moves a note; a drag starts only past 4px, so a click still just selects. */
export const POINTER_ACTIVATION = { distance: 4 }

/** Space picks a note up and puts it down. Enter is left for editing; Escape cancels. */
export const KEYBOARD_CODES = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
}

const STEP = 16
const BIG_STEP = 96

/** Arrow keys nudge a picked-up note; with Shift, a bigger step. */
export const nudgeNote: KeyboardCoordinateGetter = (event, { currentCoordinates }) => {
  const step = event.shiftKey ? BIG_STEP : STEP
  switch (event.code) {
    case KeyboardCode.Right:
      return { ...currentCoordinates, x: currentCoordinates.x + step }
    case KeyboardCode.Left:
      return { ...currentCoordinates, x: currentCoordinates.x - step }
    case KeyboardCode.Down:
      return { ...currentCoordinates, y: currentCoordinates.y + step }
    case KeyboardCode.Up:
      return { ...currentCoordinates, y: currentCoordinates.y - step }
  }
  return undefined
}

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this note, press Space to pick it up, use the arrow keys to move it (hold Shift ' +
    'for bigger steps), then press Space again to put it down, or Escape to cancel. ' +
    'Press Enter to edit its text.',
}

export const ANNOUNCEMENTS: Announcements = {
  onDragStart: () => 'Picked up the note. Arrow keys move it; Space puts it down.',
  onDragOver: () => undefined,
  onDragEnd: () => 'Note put down. Everyone now sees it in its new place.',
  onDragCancel: () => 'Move cancelled. The note is back where it was.',
}

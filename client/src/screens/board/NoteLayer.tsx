import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core'
import { ItemCard } from '../common/ItemCard'
import { GroupSelectionLayer } from '../../features/clusters/GroupSelectionLayer'
import { useClusterDrag } from '../../features/clusters/useClusterDrag'
import { VoteLayer } from '../../features/voting/VoteLayer'
import {
  ANNOUNCEMENTS,
  KEYBOARD_CODES,
  POINTER_ACTIVATION,
  SCREEN_READER_INSTRUCTIONS,
  nudgeNote,
} from '../../canvas/dragConfig'
import { useNoteDrag } from '../../canvas/useNoteDrag'
import { useVisibleItemIds } from '../../adapters/useVisibleItemIds'
import '../../features/notes/notes.css'

// dnd-kit rebuilds its context, and so re-renders every draggable card, when any of these
// change identity: they are made once, not per render.
const POINTER_OPTIONS = { activationConstraint: POINTER_ACTIVATION }
const KEYBOARD_OPTIONS = { keyboardCodes: KEYBOARD_CODES, coordinateGetter: nudgeNote }
const ACCESSIBILITY = {
  announcements: ANNOUNCEMENTS,
  screenReaderInstructions: SCREEN_READER_INSTRUCTIONS,
}

/** Every item near the visible area, inside the drag-and-drop context that moves them. */
export function NoteLayer() {
  const ids = useVisibleItemIds()
  const dragHandlers = useClusterDrag(useNoteDrag())
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  )

  return (
    <DndContext
      sensors={sensors}
      autoScroll={false}
      accessibility={ACCESSIBILITY}
      {...dragHandlers}
    >
      {ids.map((id) => (
        <ItemCard key={id} id={id} />
      ))}
      <VoteLayer />
      <GroupSelectionLayer />
    </DndContext>
  )
}

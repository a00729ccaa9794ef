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

/** Every item near the visible area, inside the drag-and-drop context that moves them. */
export function NoteLayer() {
  const ids = useVisibleItemIds()
  const dragHandlers = useClusterDrag(useNoteDrag())
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: POINTER_ACTIVATION }),
    useSensor(KeyboardSensor, { keyboardCodes: KEYBOARD_CODES, coordinateGetter: nudgeNote }),
  )

  return (
    <DndContext
      sensors={sensors}
      autoScroll={false}
      accessibility={{
        announcements: ANNOUNCEMENTS,
        screenReaderInstructions: SCREEN_READER_INSTRUCTIONS,
      }}
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

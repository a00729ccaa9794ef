import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core'
import { ItemCard } from '../board/ItemCard'
import { GroupSelectionLayer } from '../clusters/GroupSelectionLayer'
import { useClusterDrag } from '../clusters/useClusterDrag'
import { VoteLayer } from '../voting/VoteLayer'
import {
  ANNOUNCEMENTS,
  KEYBOARD_CODES,
  POINTER_ACTIVATION,
  SCREEN_READER_INSTRUCTIONS,
  nudgeNote,
} from './dragConfig'
import { useNoteDrag } from './useNoteDrag'
import { useVisibleItemIds } from './useVisibleItemIds'
import './notes.css'

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

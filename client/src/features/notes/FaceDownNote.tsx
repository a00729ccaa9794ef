import { memo } from 'react'
import { Icon } from '../../ui/Icon'
import { BOARD_OBJECT_ATTR } from '../../ui/domTargets'
import './faceDown.css'

/**
 * Someone else's card from a private stage (a note, or a reframe made from one), drawn as the back
 * of a card: no words, no name, no side, only that a card is there. It cannot be picked up or
 * opened until the stage is revealed; this device never received its words.
 */
export const FaceDownNote = memo(function FaceDownNote(props: {
  x: number
  y: number
  what?: 'note' | 'reframe'
}) {
  return (
    <div
      className="note-slot face-down-slot"
      style={{ transform: `translate(${props.x}px, ${props.y}px)` }}
      {...{ [BOARD_OBJECT_ATTR]: '' }}
    >
      <div
        className="face-down"
        role="img"
        aria-label={`A ${props.what === 'reframe' ? 'reframe' : 'note'} written privately, face down until it is revealed`}
        data-testid="face-down-note"
      >
        <span className="face-down-mark" aria-hidden="true">
          <Icon name="lock" size={22} />
        </span>
        <span className="face-down-label">Face down until reveal</span>
      </div>
    </div>
  )
})

import { useLayoutEffect, type Dispatch, type RefObject, type SetStateAction } from 'react'
import type { ItemId } from '@coboard/shared'
import type { Size } from '../../core/state/viewport'

/** Marks the wrapper of each card the wall draws, so a spotlighted one can be measured. */
export const PROJECTOR_ITEM_ATTR = 'data-projector-item'

/**
 * Reports the board size a lone spotlighted card is drawn at (null when none) to `setSize`,
 * which the camera reads. On the wall a spotlighted note
 * shows all its words (projector.css lets it grow past NOTE_HEIGHT), so the camera needs its
 * real height to keep it whole; a layout size, unaffected by the camera's scale.
 */
export function useSpotlightSize(
  worldRef: RefObject<HTMLElement | null>,
  spotlit: readonly ItemId[] | null,
  setSize: Dispatch<SetStateAction<Size | null>>,
): void {
  const only = spotlit?.length === 1 ? spotlit[0] : null

  useLayoutEffect(() => {
    const card = only
      ? worldRef.current?.querySelector<HTMLElement>(
          `[${PROJECTOR_ITEM_ATTR}="${CSS.escape(only)}"] > *`,
        )
      : null
    if (!card) {
      setSize(null)
      return
    }
    const observer = new ResizeObserver(() => {
      const { offsetWidth: width, offsetHeight: height } = card
      setSize((last) =>
        last?.width === width && last.height === height ? last : { width, height },
      )
    })
    observer.observe(card)
    return () => observer.disconnect()
  }, [worldRef, only, setSize])
}

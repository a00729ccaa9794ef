import { useEffect, useRef } from 'react'
import { useBoardSession } from '../adapters/BoardProvider'
import { useLoaded } from '../adapters/useBoard'
import { frameOnOpen } from './camera'

/** Frames the whole board once, when it first arrives, so nobody opens onto empty space. */
export function useFitOnLoad() {
  const { ui, board } = useBoardSession()
  const loaded = useLoaded()
  const done = useRef(false)
  useEffect(() => {
    if (!loaded || done.current) return
    done.current = true
    frameOnOpen(ui, board.getState().board.items.values())
  }, [loaded, ui, board])
}

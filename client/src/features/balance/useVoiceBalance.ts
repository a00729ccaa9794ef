import { useMemo } from 'react'
import { computeVoiceBalance, type VoiceBalance } from '@coboard/shared'
import { useBoardState } from '../../adapters/useBoard'

/**
 * The board's voice balance, recomputed when the board changes. Used only while the balance
 * panel is open, so a closed meter costs nothing on each keystroke.
 */
export function useVoiceBalance(): VoiceBalance {
  const board = useBoardState((state) => state.board)
  return useMemo(() => computeVoiceBalance(board, board.meta.vote), [board])
}

import { currentStage, type Stage } from '@coboard/shared'
import { useBoardState } from './useBoard'

/** The agenda in order; a new array only when the agenda or other workshop flow changes. */
export const useStages = (): readonly Stage[] => useBoardState((state) => state.board.stages)

/** The stage the room is on, with its place in the agenda (index -1 when there is none). */
export function useCurrentStage(): { stage: Stage | null; index: number; count: number } {
  const stages = useStages()
  const currentId = useBoardState((state) => state.board.meta.currentStageId)
  const stage = currentStage(stages, currentId)
  return { stage, index: stage ? stages.indexOf(stage) : -1, count: stages.length }
}

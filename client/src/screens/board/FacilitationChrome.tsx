import { GroupToolbar } from '../../features/clusters/GroupToolbar'
import { FollowBanner } from '../../features/follow/FollowBanner'
import { StageBar } from './StageBar'
import { ResultsPanel } from '../../features/voting/ResultsPanel'

/**
 * The screen-space parts of running a workshop together, mounted once by the board screen: the
 * stage bar (stage, timer, private writing, vote, facilitator controls), the vote results, the
 * grouping toolbar and following. Their device-only state lives in the board's UI store, so it
 * goes when the board closes.
 */
export function FacilitationChrome() {
  return (
    <>
      <StageBar />
      <ResultsPanel />
      <GroupToolbar />
      <FollowBanner />
    </>
  )
}

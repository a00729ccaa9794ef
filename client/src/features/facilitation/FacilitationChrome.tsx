import { useEffect } from 'react'
import { GroupToolbar } from '../clusters/GroupToolbar'
import { clusterUi } from '../clusters/clusterUi'
import { FollowBanner } from '../follow/FollowBanner'
import { followUi } from '../follow/followUi'
import { StageBar } from '../stages/StageBar'
import { ResultsPanel } from '../voting/ResultsPanel'

/**
 * The screen-space parts of running a workshop together, mounted once by the board screen: the
 * stage bar (stage, timer, private writing, vote, facilitator controls), the vote results, the
 * grouping toolbar and following. Device-local state is cleared when the board closes.
 */
export function FacilitationChrome() {
  useEffect(
    () => () => {
      clusterUi.getState().reset()
      followUi.getState().follow(null)
    },
    [],
  )
  return (
    <>
      <StageBar />
      <ResultsPanel />
      <GroupToolbar />
      <FollowBanner />
    </>
  )
}

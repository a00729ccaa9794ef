import {
  acceptedRoles,
  agreementByRole,
  clusterAt,
  computeVoiceBalance,
  currentStage,
  exportBoardJson,
  isAgreedByAll,
  isHiddenFrom,
  listOutcomes,
  myVotes,
  rolesPresent,
  tallyVotes,
  timerRemainingMs,
  type BoardSnapshot,
  type VoteSession,
} from '@coboard/shared'
import { jsonDiff, toJson } from './canonical'
import type { Peer } from './network'
import type { Problem } from './invariants'

// The pure functions screens and exports compute from a board. They must never throw, whatever
// the document holds, and they must agree between devices that hold the same board.

/**
 * Calls every reader a screen uses, on every item; `thorough` adds the export and the voice
 * balance, which cost more than the rest together and so run only on the healed board.
 */
export function exerciseReaders(board: BoardSnapshot, thorough = true): void {
  const roles = rolesPresent(board)
  const roleOrder = board.meta.roles.map((role) => role.id)
  for (const outcome of listOutcomes(board)) {
    agreementByRole(outcome, roles, board.participants)
    isAgreedByAll(outcome, roles, board.participants)
  }
  for (const item of board.items.values()) {
    if (item.kind === 'reframe') acceptedRoles(item.acceptedBy, board.participants, roleOrder)
    isHiddenFrom(item, null, board.stages)
    clusterAt(board, item.x + 1, item.y + 1)
  }
  currentStage(board.stages, board.meta.currentStageId)
  timerRemainingMs(board.meta.timer, 0)
  if (board.meta.vote) {
    tallyVotes(board, board.meta.vote)
    for (const id of board.participants.keys()) myVotes(board.votes, board.meta.vote, id)
  }
  if (thorough) {
    computeVoiceBalance(board, board.meta.vote)
    exportBoardJson('board', board, new Date(0))
  }
}

/**
 * Views computed from the board must agree between devices, not just the board: a ranking that
 * breaks ties differently on two screens tells two people different things.
 */
export function checkDerivedViews(
  peers: readonly Peer[],
  snapshots: ReadonlyMap<Peer, BoardSnapshot>,
  sessions: readonly VoteSession[],
): Problem[] {
  const views = (board: BoardSnapshot) => {
    const session = board.meta.vote
    return {
      tally: [session, ...sessions].map((s) => (s ? tallyVotes(board, s) : null)),
      balance: computeVoiceBalance(board, session),
      rolesPresent: rolesPresent(board),
      export: exportBoardJson('board', board, new Date(0)),
    }
  }
  const [first, ...rest] = peers
  const expected = views(snapshots.get(first)!)
  const problems: Problem[] = []
  for (const peer of rest) {
    const actual = views(snapshots.get(peer)!)
    for (const view of Object.keys(expected) as (keyof typeof expected)[]) {
      const want = toJson(expected[view])
      const got = toJson(actual[view])
      if (want !== got) {
        problems.push({
          kind: `derived-${view}`,
          detail: `${view} differs between ${first.name} and ${peer.name} at ${jsonDiff(want, got)}`,
        })
      }
    }
  }
  return problems
}

import { useEffect, useRef, useState } from 'react'
import type { ItemId, ParticipantId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import type { Size } from '../../core/state/viewport'
import {
  SPOTLIGHT_RANGE,
  fitForProjector,
  isWorthMoving,
  pagesForProjector,
  summonedView,
  type ProjectorPage,
} from './projectorCamera'
import { projectorFocus, type FocusCard, type ProjectorFocus } from './projectorFocus'

/** How long the projector keeps showing what a facilitator summoned before it frames again. */
const SUMMON_HOLD_MS = 2 * 60_000
/** How long each page of a stage too large for one readable page stays up. */
export const PAGE_MS = 12_000

/** Which page of the room's work the wall shows, when it takes more than one. */
export interface ProjectorPaging {
  readonly page: number
  readonly pages: number
}

/** What the camera shows: who is being followed, the spotlit items, the page, and whether placed. */
export interface ProjectorCamera {
  readonly following: ParticipantId | null
  /** The items drawn alone while a spotlight is on the wall, or null. */
  readonly spotlit: readonly ItemId[] | null
  /** The cards the current page is there to show, while the work takes more than one page. */
  readonly onPage: ReadonlySet<ItemId> | null
  readonly paging: ProjectorPaging | null
  /** Whether the first position is painted (before it, moves must not glide in from nowhere). */
  readonly ready: boolean
}

/**
 * Steers the projector's camera to what the room is working on (projectorFocus): a spotlight,
 * large; otherwise the current stage's cards, never below a readable zoom, turning a page every
 * PAGE_MS when they take more than one; or the whole board when a facilitator chose it. It
 * re-frames only when the change is worth it, gliding there through a CSS transition.
 *
 * Summons mean what they mean in follow/useSummon (the one present at load is history, not a
 * request), but the wall reads meta.summon itself: it holds the summoned view for a while and
 * then goes back to framing the work. Between a summon and a spotlight, the later one wins.
 * `spotlightSize` is a lone spotlighted card's size as drawn, when it grew past its own.
 */
export function useProjectorCamera(spotlightSize: Size | null): ProjectorCamera {
  const { ui, board } = useBoardSession()
  const measured = useRef(spotlightSize)
  const reframe = useRef<() => void>(() => {})
  const [following, setFollowing] = useState<ParticipantId | null>(null)
  const [spotlit, setSpotlit] = useState<readonly ItemId[] | null>(null)
  const [paging, setPaging] = useState<ProjectorPaging | null>(null)
  const [onPage, setOnPage] = useState<ReadonlySet<ItemId> | null>(null)
  const [ready, setReady] = useState(false)

  useEffect(() => {
    measured.current = spotlightSize
    reframe.current()
  }, [spotlightSize])

  useEffect(() => {
    let lastSummonAt: number | null = null
    let followUntil = 0
    let release: ReturnType<typeof setTimeout> | undefined
    let turn: ReturnType<typeof setInterval> | undefined
    let placed = false
    let shot = ''
    let page = 0

    const update = () => {
      const { screen, viewport, setViewport } = ui.getState()
      const { board: snapshot, loaded } = board.getState()
      if (!loaded || screen.width < 2 || screen.height < 2) return
      const summon = snapshot.meta.summon
      // A summon older than this projector is history, not a request to follow now.
      if (lastSummonAt === null) lastSummonAt = summon?.at ?? 0
      if (summon && summon.at !== lastSummonAt) {
        lastSummonAt = summon.at
        followUntil = Date.now() + SUMMON_HOLD_MS
        clearTimeout(release)
        release = setTimeout(update, SUMMON_HOLD_MS)
      }
      const focus = projectorFocus(snapshot)
      const summoned =
        summon !== null &&
        Date.now() < followUntil &&
        (focus.kind !== 'spotlight' || summon.at > focus.spotlight.at)
      let pages: ProjectorPage<FocusCard>[]
      if (summoned) pages = [{ view: summonedView(summon, screen), cards: [] }]
      else if (focus.kind === 'spotlight') pages = spotlightPages(focus, screen, measured.current)
      else if (focus.kind === 'board') {
        pages = [{ view: fitForProjector(focus.frame, screen), cards: [] }]
      } else pages = pagesForProjector(focus.cards, screen)

      // A new kind of shot starts from its first page.
      const nextShot = summoned
        ? `summon:${summon.at}`
        : focus.kind === 'spotlight'
          ? `spotlight:${focus.spotlight.at}`
          : focus.kind
      if (nextShot !== shot) {
        page = 0
        // Its first page gets its full time, however far the last shot's clock had run.
        clearInterval(turn)
        turn = undefined
      }
      shot = nextShot
      if (page >= pages.length) page = 0
      if (pages.length > 1 && !turn) {
        turn = setInterval(() => {
          page += 1
          update()
        }, PAGE_MS)
      } else if (pages.length <= 1 && turn) {
        clearInterval(turn)
        turn = undefined
      }

      setFollowing(summoned ? summon.by : null)
      setSpotlit((last) => {
        const next = !summoned && focus.kind === 'spotlight' ? focus.ids : null
        return last?.join() === next?.join() ? last : next
      })
      const pageIds = pages.length > 1 ? pages[page].cards.map((card) => card.id) : null
      setOnPage((last) =>
        [...(last ?? [])].join() === pageIds?.join() ? last : pageIds && new Set(pageIds),
      )
      setPaging((last) =>
        pages.length <= 1
          ? null
          : last?.page === page + 1 && last.pages === pages.length
            ? last
            : { page: page + 1, pages: pages.length },
      )
      const target = pages[page].view
      if (!placed || isWorthMoving(viewport, target, screen)) setViewport(target)
      if (!placed) {
        placed = true
        // Let the first position paint before transitions are switched on.
        requestAnimationFrame(() => setReady(true))
      }
    }

    reframe.current = update
    update()
    const stopBoard = board.subscribe((state, previous) => {
      if (state.board !== previous.board || state.loaded !== previous.loaded) update()
    })
    const stopUi = ui.subscribe((state, previous) => {
      if (state.screen !== previous.screen) update()
    })
    return () => {
      reframe.current = () => {}
      clearTimeout(release)
      clearInterval(turn)
      stopBoard()
      stopUi()
    }
  }, [ui, board])

  return { following, spotlit, onPage, paging, ready }
}

/** The pages of a spotlight: a lone card framed at the size it is drawn, large. */
function spotlightPages(
  focus: Extract<ProjectorFocus, { kind: 'spotlight' }>,
  screen: Size,
  drawn: Size | null,
): ProjectorPage<FocusCard>[] {
  const [card] = focus.cards
  if (focus.cards.length !== 1 || !drawn) {
    return pagesForProjector(focus.cards, screen, SPOTLIGHT_RANGE, focus.frame)
  }
  const grown = {
    ...card,
    width: Math.max(card.width, drawn.width),
    height: Math.max(card.height, drawn.height),
  }
  return pagesForProjector([grown], screen, SPOTLIGHT_RANGE)
}

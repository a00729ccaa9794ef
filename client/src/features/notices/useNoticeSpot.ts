import { useLayoutEffect, useState, type RefObject } from 'react'
import { useUiStore } from '../../adapters/useUi'
import { BOARD_OBJECT_ATTR, isTypingTarget } from '../../ui/domTargets'
import { chooseNoticeSpot, type Box, type NoticeArea, type NoticeSpot } from './noticeSpot'

/** The board: the middle of the bottom first, then the corners, the top last. */
const BOARD_ORDER: readonly NoticeSpot[] = ['bottom', 'bottom-end', 'bottom-start', 'top']

/**
 * The phone view, and anywhere while typing on a touch screen: the top first, under the
 * header. The bottom is where the thumb and the on-screen keyboard are.
 */
const TOUCH_ORDER: readonly NoticeSpot[] = ['top', 'bottom']

/** A header whose top is this close to the screen's top edge holds the top of the screen. */
const HEADER_REACH = 16
/** Room between such a header and a notice below it. */
const HEADER_GAP = 8

/** The chosen spot, and the gap above the top spot in pixels (the styles apply it there). */
export interface Placement {
  readonly spot: NoticeSpot
  readonly top: number
}

/** Which screen the notice is on. */
export type NoticeScreen = 'board' | 'phone'

/**
 * The spot where the shown notice covers neither the note (or field) being typed in nor a
 * toolbar nor a header, checked again whenever focus, the window or the board's viewport changes.
 * The gaps come from the area's CSS custom properties (notices.css), so the styles and this agree.
 */
export function useNoticeSpot(
  areaRef: RefObject<HTMLElement | null>,
  noticeRef: RefObject<HTMLElement | null>,
  shown: boolean,
  screen: NoticeScreen,
): Placement {
  const ui = useUiStore()
  const first: Placement = { spot: screen === 'phone' ? 'top' : 'bottom', top: 0 }
  const [placement, setPlacement] = useState<Placement>(first)

  // A layout effect: the first spot is chosen before the notice is painted, so it never jumps.
  useLayoutEffect(() => {
    if (!shown) return
    let frame = 0
    const place = () => {
      const area = areaRef.current
      const notice = noticeRef.current
      if (!area || !notice) return
      const field = document.activeElement
      const typing = isTypingTarget(field) && !notice.contains(field)
      const touch = window.matchMedia('(pointer: coarse)').matches
      const measured = readArea(area)
      const spot = chooseNoticeSpot(
        screen === 'phone' || (typing && touch) ? TOUCH_ORDER : BOARD_ORDER,
        measured,
        { width: notice.offsetWidth, height: notice.offsetHeight },
        avoidedBoxes(typing ? field : null),
      )
      setPlacement((last) =>
        last.spot === spot && last.top === measured.top ? last : { spot, top: measured.top },
      )
    }
    // Measured after the browser has laid the change out, once a frame at most.
    const schedule = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(place)
    }
    place()
    document.addEventListener('focusin', schedule)
    document.addEventListener('focusout', schedule)
    window.addEventListener('resize', schedule)
    window.addEventListener('scroll', schedule, true)
    // Panning or zooming moves the note being edited; selecting shows its toolbar.
    const stopWatchingUi = ui.subscribe(schedule)
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('focusin', schedule)
      document.removeEventListener('focusout', schedule)
      window.removeEventListener('resize', schedule)
      window.removeEventListener('scroll', schedule, true)
      stopWatchingUi()
    }
  }, [areaRef, noticeRef, shown, screen, ui])

  return placement
}

/**
 * The area's box and its gaps, read from `--notice-*` on the element. The top gap also clears
 * any header along the top edge (the board's top bar, the phone's sticky header), whose height
 * changes with its contents: a long "offline" status wraps on a narrow screen.
 */
function readArea(area: HTMLElement): NoticeArea {
  const style = getComputedStyle(area)
  const gap = (name: string) => parseFloat(style.getPropertyValue(`--notice-${name}`)) || 0
  const bounds = area.getBoundingClientRect()
  let top = gap('top')
  for (const header of document.querySelectorAll(`header:not([${BOARD_OBJECT_ATTR}] header)`)) {
    const box = header.getBoundingClientRect()
    if (box.height > 0 && box.top <= bounds.top + HEADER_REACH) {
      top = Math.max(top, box.bottom - bounds.top + HEADER_GAP)
    }
  }
  return { bounds, bottom: gap('bottom'), raised: gap('raised'), top, side: gap('side') }
}

/** What the notice must not cover: the note (or field) being typed in, and every toolbar. */
function avoidedBoxes(field: Element | null): Box[] {
  const avoided = [...document.querySelectorAll('[role="toolbar"]')]
  // On the board the textarea is inside its note: keep the whole note, and its author line, clear.
  if (field) avoided.push(field.closest(`[${BOARD_OBJECT_ATTR}]`) ?? field)
  return (
    avoided
      // checkVisibility is missing before Safari 17.4: there, a hidden toolbar is avoided too.
      .filter((element) => element.checkVisibility?.({ visibilityProperty: true }) ?? true)
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
  )
}

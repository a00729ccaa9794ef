import { useUi } from '../../adapters/useUi'
import { Deferred, PartLoading } from '../../ui/deferred/Deferred'
import { lazyNamed } from '../../ui/deferred/lazyNamed'
import { SidePanel } from '../../ui/SidePanel'
import { OUTLINE_PANEL } from './OutlineToggle'
import './outline.css'

// The open outline arrives with the first opening: most people never open it.
const OpenOutline = lazyNamed(() => import('./OpenOutline').then((chunk) => chunk.OpenOutline))

/**
 * The whole board as structured text, in the side dock beside the canvas: stages → groups →
 * notes, then reframes and outcomes, with sides and dots, every field editable. For screen
 * reader users it is the board; for everyone else, a calmer way to read and tidy it. Edits
 * merge with the canvas live.
 */
export function OutlinePanel() {
  // Checked here as well as in SidePanel, so a closed outline does not even read the board.
  const open = useUi((state) => state.openPanels.includes(OUTLINE_PANEL))
  if (!open) return null
  return (
    <Deferred
      fallback={
        <SidePanel id={OUTLINE_PANEL} title="Outline" width="narrow">
          <PartLoading label="Opening the outline…" />
        </SidePanel>
      }
    >
      <OpenOutline />
    </Deferred>
  )
}

import { useRef } from 'react'
import { useMeta } from '../../state/useBoard'
import { Icon } from '../../ui/Icon'
import { HatButton } from '../facilitation/HatButton'
import { useAddNote } from '../notes/useAddNote'
import { CoproductionTools } from '../outcomes/CoproductionTools'
import { ExportMenu } from '../export/ExportMenu'
import { BoardDeletedScreen } from '../governance/BoardDeletedScreen'
import { ConnectionIndicator } from './ConnectionIndicator'
import { InviteButton } from './InviteButton'
import { OutlineToggle } from '../outline/OutlineToggle'
import { PresenceList } from '../presence/PresenceList'
import { useTopBarBottom } from './useTopBarBottom'
import './topbar.css'

/** The chrome above the board: what this board is, whether it is live, who is here, add a note. */
export function TopBar() {
  const meta = useMeta()
  const { addNoteInView } = useAddNote()
  const ref = useRef<HTMLElement>(null)
  useTopBarBottom(ref)
  return (
    <header className="topbar" ref={ref}>
      <div className="topbar-panel topbar-title">
        <a className="topbar-logo" href="/" aria-label="Coboard start page" />
        <div className="topbar-heading">
          <h1 data-testid="board-title">{meta.title}</h1>
          {meta.purpose && <p className="topbar-purpose">{meta.purpose}</p>}
        </div>
      </div>
      <div className="topbar-panel topbar-actions">
        <ConnectionIndicator />
        <PresenceList />
        <HatButton />
        <OutlineToggle />
        <InviteButton />
        <CoproductionTools />
        <ExportMenu />
        <BoardDeletedScreen />
        <button
          type="button"
          className="btn btn-primary topbar-add"
          onClick={addNoteInView}
          title="Add a note (N)"
          aria-keyshortcuts="N"
          data-testid="add-note"
        >
          <Icon name="plus" size={18} />
          Add note
        </button>
      </div>
    </header>
  )
}

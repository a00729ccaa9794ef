import { CHROME_TOP_ATTR } from '../../canvas/camera'
import { useRef } from 'react'
import { useMeta } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { HatButton } from '../../features/facilitation/HatButton'
import { useAddNote } from '../../features/notes/useAddNote'
import { CoproductionTools } from './CoproductionTools'
import { ExportMenu } from '../../features/export/ExportMenu'
import { DangerZone } from '../../features/governance/DangerZone'
import { BoardDeletedScreen } from '../../features/governance/BoardDeletedScreen'
import { ConnectionIndicator } from '../../ui/ConnectionIndicator'
import { InviteMenu } from './InviteMenu'
import { OutlineToggle } from '../../features/outline/OutlineToggle'
import { PresenceList } from '../../features/presence/PresenceList'
import { FollowButton } from '../../features/follow/FollowButton'
import { useTopBarBottom } from '../../canvas/useTopBarBottom'
import { useNarrowScreen } from '../../adapters/usePhoneLayout'
import { LayoutSwitch } from '../../ui/LayoutSwitch'
import './topbar.css'

/** The chrome above the board: what this board is, whether it is live, who is here, add a note. */
export function TopBar() {
  const meta = useMeta()
  const { addNoteInView } = useAddNote()
  const ref = useRef<HTMLElement>(null)
  // A phone that opened the full board can always go back to its own view.
  const narrow = useNarrowScreen()
  useTopBarBottom(ref)
  return (
    <header className="topbar" ref={ref} {...{ [CHROME_TOP_ATTR]: '' }}>
      <div className="topbar-panel topbar-title">
        <a className="topbar-logo" href="/" aria-label="Coboard start page" />
        <div className="topbar-heading">
          <h1 data-testid="board-title">{meta.title}</h1>
          {meta.purpose && <p className="topbar-purpose">{meta.purpose}</p>}
        </div>
        {narrow && <LayoutSwitch to="phone" className="btn-quiet topbar-phone-view" />}
      </div>
      <div className="topbar-panel topbar-actions">
        <ConnectionIndicator />
        <PresenceList
          actionsFor={(person) => (
            <FollowButton participantId={person.participantId} name={person.name} />
          )}
        />
        <HatButton />
        <OutlineToggle />
        <InviteMenu />
        <CoproductionTools />
        <ExportMenu footer={<DangerZone />} />
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

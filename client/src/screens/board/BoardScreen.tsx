import { useBoardSession } from '../../adapters/BoardProvider'
import { useConnection, useLoaded, useMeta } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { CoproductionPanels } from './CoproductionPanels'
import { FacilitationChrome } from './FacilitationChrome'
import { JoinDialog } from '../../features/join/JoinDialog'
import { LiveAnnouncer } from '../../features/announcer/LiveAnnouncer'
import { NoticeToast } from '../../features/notices/NoticeToast'
import { useColourKey } from '../../features/outline/useColourKey'
import { UndoButtons } from '../../features/undo/UndoButtons'
import { useUndoShortcuts } from '../../features/undo/useUndoShortcuts'
import { SelectionToolbar } from '../../features/notes/SelectionToolbar'
import { useJoinOnConnect } from '../../features/join/useJoinOnConnect'
import { RefusedMessage } from '../../ui/RefusedMessage'
import { Canvas } from './Canvas'
import { ConnectionIndicator } from '../../ui/ConnectionIndicator'
import { TopBar } from './TopBar'
import { useBoardShortcuts } from './useBoardShortcuts'
import { useFitOnLoad } from '../../canvas/useFitOnLoad'
import { ZoomControls } from '../../canvas/ZoomControls'

/** A whole open board: the canvas, its chrome, and the join dialog for newcomers. */
export function BoardScreen({ mode }: { mode: 'board' | 'projector' }) {
  const { readOnly } = useBoardSession()
  const connection = useConnection()
  const loaded = useLoaded()
  const meta = useMeta()
  const needsIdentity = useUi((state) => !state.hasJoined || state.identityOpen)
  useJoinOnConnect()
  useBoardShortcuts()
  useUndoShortcuts()
  useColourKey()
  useFitOnLoad()

  if (connection.kind === 'refused') {
    return <RefusedMessage reason={connection.reason} />
  }

  return (
    <div className={`board board-${mode}${readOnly ? ' is-read-only' : ''}`}>
      {/* First in the tab order, so a keyboard reaches its dismiss button at once; the projector,
          in front of a room, shows no notices. */}
      {mode === 'board' && <NoticeToast screen="board" />}
      <Canvas />
      {mode === 'board' && !readOnly ? (
        <TopBar />
      ) : (
        <header className="topbar topbar-minimal">
          <div className="topbar-panel topbar-title">
            <div className="topbar-heading">
              <h1 data-testid="board-title">{loaded ? meta.title : 'Coboard'}</h1>
            </div>
          </div>
          <div className="topbar-panel">
            <ConnectionIndicator />
          </div>
        </header>
      )}
      <ZoomControls />
      {!readOnly && <UndoButtons />}
      <LiveAnnouncer />
      {loaded && <FacilitationChrome />}
      <CoproductionPanels />
      {!readOnly && <SelectionToolbar />}
      {!loaded && (
        <div className="board-loading" role="status">
          <span className="board-spinner" aria-hidden="true" />
          {connection.kind === 'offline'
            ? 'Cannot reach the board yet. Still trying…'
            : 'Opening the board…'}
        </div>
      )}
      {loaded && !readOnly && needsIdentity && <JoinDialog focusAfter="[data-testid='add-note']" />}
    </div>
  )
}

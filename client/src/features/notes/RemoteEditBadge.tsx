import type { ItemId } from '@coboard/shared'
import { useMeta } from '../../adapters/useBoard'
import { roleColor } from '../../ui/voices/roleColors'
import { useRemoteEditor } from '../../adapters/useRemoteEditor'
import './remoteEdit.css'
import { countRender } from '../../core/lib/renderCounts'

/**
 * "Amina is typing…" above a card someone else is editing, with a frame in their side's colour,
 * so two people rarely start rewriting the same note without knowing. (Typing together still
 * merges; this is courtesy, not a lock.)
 */
export function RemoteEditBadge({ id }: { id: ItemId }) {
  countRender('RemoteEditBadge')
  const editor = useRemoteEditor(id)
  const { roles } = useMeta()
  if (!editor) return null
  const colour = roleColor(editor.role, roles)
  return (
    <>
      <span className="remote-edit-frame" style={{ borderColor: colour }} aria-hidden="true" />
      <span
        className="remote-edit-badge"
        style={{ background: colour }}
        data-testid="remote-editing"
      >
        {editor.name || 'Someone'} is typing…
      </span>
    </>
  )
}

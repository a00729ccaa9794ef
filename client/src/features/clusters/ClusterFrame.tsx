import { memo } from 'react'
import { useDraggable } from '@dnd-kit/core'
import { isClusterMember, type ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState, useItem, useRemoteDrag } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { BOARD_OBJECT_ATTR } from '../../ui/domTargets'
import { ClusterHeader } from './ClusterHeader'
import './clusters.css'
import { countRender } from '../../core/lib/renderCounts'

/** Marks a cluster's frame, so Shift-drag can start a selection on it as on empty canvas. */
export const CLUSTER_FRAME_ATTR = 'data-cluster-frame'

/**
 * A named group: a frame drawn behind its notes. Dragging the frame carries every member (they
 * follow live and are written once, on drop); double-click or Enter renames it.
 */
export const ClusterFrame = memo(function ClusterFrame({ id }: { id: ItemId }) {
  countRender('ClusterFrame')
  const { ui, readOnly } = useBoardSession()
  const cluster = useItem(id)
  const selected = useUi((state) => state.selectedId === id)
  const remoteDrag = useRemoteDrag(id)
  const members = useBoardState((state) => {
    let count = 0
    for (const item of state.board.items.values()) {
      if (isClusterMember(item, id)) count++
    }
    return count
  })
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id,
    disabled: readOnly,
    attributes: { roleDescription: 'group' },
  })
  if (!cluster || cluster.kind !== 'cluster') return null

  const zoom = transform ? ui.getState().viewport.zoom : 1
  const x = transform ? cluster.x + transform.x / zoom : (remoteDrag?.x ?? cluster.x)
  const y = transform ? cluster.y + transform.y / zoom : (remoteDrag?.y ?? cluster.y)
  const rename = () => !readOnly && ui.getState().setRenamingCluster(id)
  const membersText = `${members} ${members === 1 ? 'card' : 'cards'}`

  return (
    <div
      className={`cluster-slot${selected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}${remoteDrag && !isDragging ? ' is-remote-drag' : ''}`}
      style={{
        transform: `translate(${x}px, ${y}px)`,
        width: cluster.width,
        height: cluster.height,
      }}
      {...{ [BOARD_OBJECT_ATTR]: '', [CLUSTER_FRAME_ATTR]: '' }}
    >
      <div
        ref={setNodeRef}
        {...attributes}
        {...listeners}
        className="cluster"
        aria-label={`Group: ${cluster.title}, ${membersText}`}
        data-testid="cluster"
        data-cluster-id={id}
        data-x={Math.round(x)}
        data-y={Math.round(y)}
        onFocus={(event) => event.target === event.currentTarget && ui.getState().select(id)}
        onPointerDown={(event) => {
          ui.getState().select(id)
          listeners?.onPointerDown?.(event)
        }}
        onDoubleClick={(event) => {
          event.stopPropagation()
          rename()
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.target === event.currentTarget) {
            event.preventDefault()
            rename()
            return
          }
          listeners?.onKeyDown?.(event)
        }}
      />
      <ClusterHeader cluster={cluster} membersText={membersText} selected={selected} />
    </div>
  )
})

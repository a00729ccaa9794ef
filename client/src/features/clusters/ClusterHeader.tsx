import { MAX_TITLE_LENGTH, type Cluster } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { Icon } from '../../ui/Icon'
import { SpotlightButton } from '../../ui/spotlight/SpotlightButton'
import { useUi } from '../../adapters/useUi'

interface ClusterHeaderProps {
  readonly cluster: Cluster
  readonly membersText: string
  readonly selected: boolean
}

/**
 * The name of a group, renamed in place, with Rename, Ungroup and Tidy once it is selected. It sits
 * over the frame but lets presses through to it except on its controls, so the whole frame
 * stays a handle to drag.
 */
export function ClusterHeader({ cluster, membersText, selected }: ClusterHeaderProps) {
  const { facilitation, ui, readOnly } = useBoardSession()
  const renaming = useUi((state) => state.renamingClusterId === cluster.id) && !readOnly
  const finish = (title: string | null) => {
    if (title !== null && title.trim() !== cluster.title) {
      facilitation.renameCluster(cluster.id, title)
    }
    ui.getState().setRenamingCluster(null)
  }

  return (
    <header className="cluster-header">
      {renaming ? (
        <input
          className="cluster-title-input"
          defaultValue={cluster.title === 'Cluster' ? '' : cluster.title}
          placeholder="Name this group"
          maxLength={MAX_TITLE_LENGTH}
          aria-label="Group name"
          autoFocus
          data-testid="cluster-title-input"
          onPointerDown={(event) => event.stopPropagation()}
          onKeyDown={(event) => {
            event.stopPropagation()
            if (event.key === 'Enter') finish(event.currentTarget.value)
            if (event.key === 'Escape') finish(null)
          }}
          onBlur={(event) => finish(event.target.value)}
        />
      ) : (
        <h3 className="cluster-title" data-testid="cluster-title">
          {cluster.title}
        </h3>
      )}
      <span className="cluster-count">{membersText}</span>
      {selected && !renaming && !readOnly && (
        <span className="cluster-actions">
          <button
            type="button"
            className="cluster-action"
            onPointerDown={(event) => event.stopPropagation()}
            onClick={() => ui.getState().setRenamingCluster(cluster.id)}
          >
            <Icon name="pencil" size={15} />
            Rename
          </button>
          <button
            type="button"
            className="cluster-action"
            onPointerDown={(event) => event.stopPropagation()}
            onClick={() => {
              facilitation.dissolveCluster(cluster.id)
              ui.getState().select(null)
            }}
            data-testid="ungroup"
          >
            <Icon name="group" size={15} />
            Ungroup
          </button>
          <button
            type="button"
            className="cluster-action"
            onPointerDown={(event) => event.stopPropagation()}
            onClick={() => facilitation.tidyCluster(cluster.id)}
            title="Lay this group’s cards out in rows (Undo puts them back)"
            data-testid="tidy-group"
          >
            <Icon name="tidy" size={15} />
            Tidy
          </button>
          <SpotlightButton id={cluster.id} className="cluster-action" />
        </span>
      )}
    </header>
  )
}

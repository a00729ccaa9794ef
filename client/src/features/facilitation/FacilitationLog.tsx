import { useEffect, useMemo, useRef } from 'react'
import type { FacilitationEvent, ParticipantId, RoleId } from '@coboard/shared'
import { useBoardState, useMeta, useParticipants } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { RoleTag } from '../../ui/voices/RoleTag'
import { roleLabel } from '../../ui/voices/roleColors'
import { useStages } from '../../adapters/useStages'
import { summariseFacilitation } from './facilitationSummary'

const VERBS: Record<FacilitationEvent['action'], string> = {
  'took-hat': 'took the hat',
  'left-hat': 'took the hat off',
  'passed-hat': 'passed the hat',
  'advanced-stage': 'moved the room to',
}

/**
 * Who facilitated which stage, by side, and every hat change in order. The summary line is the
 * point: a group learning to run itself should see the hat move between sides.
 */
export function FacilitationLog({ id, onBack }: { id: string; onBack: () => void }) {
  const log = useBoardState((state) => state.board.facilitationLog)
  const stages = useStages()
  const participants = useParticipants()
  const { roles } = useMeta()
  const summary = useMemo(() => summariseFacilitation(log), [log])
  const headingRef = useRef<HTMLHeadingElement>(null)
  // The link that opened the log is gone with the panel it was in: its heading takes the focus.
  useEffect(() => headingRef.current?.focus(), [])
  const stageTitle = (stageId: string | null) =>
    stages.find((stage) => stage.id === stageId)?.title ?? 'a stage no longer on the agenda'
  const name = (pid: ParticipantId | undefined) => (pid && participants.get(pid)?.name) || 'someone'
  const stagesText = (n: number) => `${n} ${n === 1 ? 'stage' : 'stages'}`
  const byRole = (role: RoleId, n: number) => `${roleLabel(role, roles)} ${stagesText(n)}`

  return (
    <div className="hat-panel hat-log" id={id} role="region" aria-label="Facilitation log">
      <header className="hat-log-header">
        <button type="button" className="btn btn-quiet btn-icon" onClick={onBack} aria-label="Back">
          <Icon name="chevronLeft" size={18} />
        </button>
        <h3 ref={headingRef} tabIndex={-1}>
          Facilitation log
        </h3>
      </header>
      <p className="hat-log-summary" data-testid="facilitation-summary">
        {summary.stagesByRole.length === 0
          ? 'Nobody has facilitated a stage yet.'
          : `Facilitated so far by: ${summary.stagesByRole.map((r) => byRole(r.role, r.stages)).join(', ')}`}
      </p>
      {summary.byStage.length > 0 && (
        <ol className="hat-log-stages">
          {summary.byStage.map(({ stageId, people }) => (
            <li key={stageId}>
              <span className="hat-log-stage">{stageTitle(stageId)}</span>
              <span className="hat-log-people">
                {people.map((p) => (
                  <span key={p.participantId} className="hat-log-person">
                    {name(p.participantId)} <RoleTag role={p.role} size="small" />
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ol>
      )}
      <ol className="hat-log-events" reversed>
        {[...log].reverse().map((event, index) => (
          <li key={`${event.at}-${index}`}>
            <time dateTime={new Date(event.at).toISOString()}>
              {new Date(event.at).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })}
            </time>
            <span>
              <strong>{name(event.participantId)}</strong> ({roleLabel(event.role, roles)}){' '}
              {VERBS[event.action]}
              {event.action === 'passed-hat' && ` to ${name(event.toParticipantId)}`}
              {event.action === 'advanced-stage' ? ` ${stageTitle(event.stageId)}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </div>
  )
}

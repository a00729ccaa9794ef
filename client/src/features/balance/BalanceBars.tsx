import type { CSSProperties } from 'react'
import type { RoleVoice } from '@coboard/shared'
import { useMeta } from '../../adapters/useBoard'
import { roleColor, roleLabel } from '../../ui/voices/roleColors'
import { shareWord } from './balanceWords'

const percent = (share: number) => `${Math.round(share * 100)}%`

/**
 * Per side, two bars: its share of the people here (outlined) and its share of what has been
 * contributed (filled). Equal bars mean the side is heard in proportion. Each bar carries its
 * number, so the chart reads without telling colours apart.
 */
export function BalanceBars({ voices }: { voices: readonly RoleVoice[] }) {
  const { roles } = useMeta()
  return (
    <section className="balance-section" aria-labelledby="balance-bars-title">
      <h3 id="balance-bars-title" className="balance-section-title">
        Share of people and of contributions
      </h3>
      <ul className="balance-bars">
        {voices.map((voice) => {
          const word = shareWord(voice)
          return (
            <li
              key={voice.role}
              className="balance-role"
              style={{ '--role': roleColor(voice.role, roles) } as CSSProperties}
              data-role={voice.role}
            >
              <div className="balance-role-head">
                <span className="balance-role-name">
                  {roleLabel(voice.role, roles)}
                  <span className="balance-role-people">
                    {voice.participants} {voice.participants === 1 ? 'person' : 'people'}
                  </span>
                </span>
                <span className={`balance-share-word is-${word.replaceAll(' ', '-')}`}>{word}</span>
              </div>
              <Bar kind="people" share={voice.participantShare} />
              <Bar kind="contributions" share={voice.contributionShare} />
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function Bar({ kind, share }: { kind: 'people' | 'contributions'; share: number }) {
  return (
    <div className={`balance-bar balance-bar-${kind}`}>
      <span className="balance-bar-label">{kind === 'people' ? 'People' : 'Contributions'}</span>
      <span className="balance-bar-track" aria-hidden="true">
        <span className="balance-bar-fill" style={{ width: percent(share) }} />
      </span>
      <span className="balance-bar-value">{percent(share)}</span>
    </div>
  )
}

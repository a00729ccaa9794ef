import type { RoleVoice } from '@coboard/shared'
import { useMeta } from '../../adapters/useBoard'
import { roleColor, roleLabel } from '../../ui/voices/roleColors'

const COLUMNS = [
  ['notes', 'Notes'],
  ['reframes', 'Reframes'],
  ['words', 'Words'],
  ['agreements', 'Agreements'],
  ['votes', 'Votes'],
] as const

/** What each side has contributed, as counts, in the board's order of sides (never ranked). */
export function BalanceCounts({ voices }: { voices: readonly RoleVoice[] }) {
  const { roles } = useMeta()
  return (
    <section className="balance-section" aria-labelledby="balance-counts-title">
      <h3 id="balance-counts-title" className="balance-section-title">
        Counts by side
      </h3>
      <div className="balance-table-wrap">
        <table className="balance-table" data-testid="balance-counts">
          <thead>
            <tr>
              <th scope="col">Side</th>
              {COLUMNS.map(([key, label]) => (
                <th key={key} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {voices.map((voice) => (
              <tr key={voice.role} data-role={voice.role}>
                <th scope="row" style={{ borderColor: roleColor(voice.role, roles) }}>
                  {roleLabel(voice.role, roles)}
                </th>
                {COLUMNS.map(([key]) => (
                  <td key={key}>{voice[key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="balance-note">
        Agreements count each stance on an outcome and each side’s acceptance of a reframe.
      </p>
    </section>
  )
}

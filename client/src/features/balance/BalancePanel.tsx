import { useMeta } from '../../adapters/useBoard'
import { roleLabel } from '../../ui/voices/roleColors'
import { BalanceBars } from './BalanceBars'
import { BalanceCounts } from './BalanceCounts'
import { describeBalance } from './balanceWords'
import { SidePanel } from '../../ui/SidePanel'
import { panelDomId } from '../../core/state/panelsSlice'
import { useClearOfStageBar } from '../../canvas/useClearOfStageBar'
import { useVoiceBalance } from './useVoiceBalance'
import './balance.css'

/** The panel id of the voice-balance meter. */
export const BALANCE_PANEL = 'balance'

/** The voice-balance meter in its side panel; nothing is computed while it is closed. */
export function BalancePanel() {
  return (
    <SidePanel
      id={BALANCE_PANEL}
      title="Voice balance"
      summary="Who is being heard, by side. It counts sides, never ranks people."
      width="narrow"
    >
      <BalanceMeter />
    </SidePanel>
  )
}

function BalanceMeter() {
  useClearOfStageBar(panelDomId(BALANCE_PANEL))
  const { roles } = useMeta()
  const balance = useVoiceBalance()
  const verdict = describeBalance(balance, (role) => roleLabel(role, roles))
  const score = balance.score.toFixed(2)

  return (
    <div className="balance">
      <section
        className={`balance-verdict balance-${verdict.tone}`}
        aria-live="polite"
        data-testid="balance-verdict"
      >
        <p className="balance-headline">{verdict.headline}</p>
        {verdict.tone !== 'empty' && (
          <div className="balance-score">
            <meter
              className="balance-meter"
              min={0}
              max={1}
              low={0.7}
              high={0.85}
              optimum={1}
              value={balance.score}
              aria-label={`Balance score ${score} out of 1`}
            />
            <span className="balance-score-number">{score}</span>
          </div>
        )}
        <p className="balance-explain">
          {verdict.tone === 'empty'
            ? 'The meter fills in as people add notes, reframes, stances and votes.'
            : 'Score 1.0 = every side is heard in proportion to how many people it has here.'}
        </p>
      </section>
      <BalanceBars voices={balance.roles} />
      <BalanceCounts voices={balance.roles} />
    </div>
  )
}

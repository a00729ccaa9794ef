import type { RoleId, RoleVoice, VoiceBalance } from '@coboard/shared'

/** How the meter sums up the room. */
export interface BalanceVerdict {
  readonly tone: 'empty' | 'balanced' | 'uneven'
  readonly headline: string
}

/** A role's share compared with its people: well below, about right, or well above. */
export type ShareWord = 'under-heard' | 'in proportion' | 'more than its share'

/** Below this a side counts as under-heard (the same threshold as computeVoiceBalance). */
const UNDER = 0.75
/** Above this a side is heard clearly more than its share of the room. */
const OVER = 1.33
/** At or above this score, with no side under-heard, the room is balanced. */
const BALANCED_SCORE = 0.85

// "Lived experience" reads as a phrase mid-sentence; a one-word label ("Other") stays a name.
const lowerFirst = (label: string) =>
  /^[A-Z][a-z]+ /.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label

/** How one side is being heard, from its contribution-to-people ratio. */
export function shareWord(voice: RoleVoice): ShareWord {
  if (voice.participants > 0 && voice.ratio < UNDER) return 'under-heard'
  if (voice.ratio > OVER) return 'more than its share'
  return 'in proportion'
}

/**
 * The meter's verdict in plain words, e.g. "Provider voices dominate; lived experience
 * under-heard". It names sides, never people.
 */
export function describeBalance(
  balance: VoiceBalance,
  label: (role: RoleId) => string,
): BalanceVerdict {
  if (balance.totalContributions === 0) {
    return { tone: 'empty', headline: 'Nothing to weigh yet' }
  }
  if (balance.underHeard) {
    const quiet = lowerFirst(label(balance.underHeard))
    // One side unheard in a room balanced overall: no side "dominates" a score of 0.9.
    if (balance.score >= BALANCED_SCORE) {
      return { tone: 'uneven', headline: `Mostly balanced; ${quiet} under-heard` }
    }
    const loudest = balance.roles
      .filter((voice) => voice.participants > 0 && voice.ratio > OVER)
      .sort((a, b) => b.ratio - a.ratio)[0]
    return {
      tone: 'uneven',
      headline: loudest
        ? `${label(loudest.role)} voices dominate; ${quiet} under-heard`
        : `${label(balance.underHeard)} under-heard`,
    }
  }
  return balance.score >= BALANCED_SCORE
    ? { tone: 'balanced', headline: 'Balanced' }
    : { tone: 'uneven', headline: 'Slightly uneven' }
}

import { useMemo } from 'react'
import {
  consentChoices,
  effectiveConsent,
  hasConsent,
  type Consent,
  type ItemId,
} from '@coboard/shared'
import { createConsentActions, type ConsentActions } from '../core/consent/consentActions'
import { useBoardSession } from './BoardProvider'
import { useBoardState } from './useBoard'
import { useUi } from './useUi'

/** The consent verb of the open board. */
export function useConsentActions(): ConsentActions {
  const { connection, ui, origin } = useBoardSession()
  return useMemo(
    () => createConsentActions(connection.doc, ui, origin),
    [connection.doc, ui, origin],
  )
}

/**
 * The levels this device's participant may choose for card `id` now: all for its author, the
 * current and stricter ones for a hat wearer, none for anyone else or a read-only screen.
 */
export function useConsentChoices(id: ItemId): readonly Consent[] {
  const { readOnly } = useBoardSession()
  const me = useUi((state) => state.me.participantId)
  const key = useBoardState((state) => {
    const item = state.board.items.get(id)
    if (readOnly || !item) return ''
    // Joined into a string so the selector's value keeps its identity while unchanged.
    return consentChoices(item, me, state.board.facilitators.has(me)).join(' ')
  })
  return useMemo(() => (key ? (key.split(' ') as Consent[]) : []), [key])
}

/** How card `id` will leave the room in every export: its own consent held to what it quotes. */
export function useEffectiveConsent(id: ItemId): Consent | null {
  return useBoardState((state) => {
    const item = state.board.items.get(id)
    return item && hasConsent(item) ? effectiveConsent(item, state.board) : null
  })
}

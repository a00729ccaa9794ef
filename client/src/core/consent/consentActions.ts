import type * as Y from 'yjs'
import { setConsent, type Consent, type ItemId } from '@coboard/shared'
import type { UiStore } from '../state/uiStore'

/** The consent verb: how one of this participant's cards (or, with the hat, anyone's) may leave the room. */
export interface ConsentActions {
  /**
   * Sets a note's or reframe's consent as this device's participant; false, and nothing written,
   * when they may not make that choice (see shared's consentChoices) or the card is gone.
   */
  setConsent(id: ItemId, consent: Consent): boolean
}

/** Binds setConsent to one document and this device's identity, tagged with `origin` for undo. */
export function createConsentActions(doc: Y.Doc, ui: UiStore, origin: object): ConsentActions {
  return {
    // Read at call time: the hat may have changed hands since the control was drawn.
    setConsent: (id, consent) =>
      setConsent(doc, id, consent, ui.getState().me.participantId, origin),
  }
}

import type * as Y from 'yjs'
import {
  actingSide,
  acceptReframe,
  addOutcome,
  reframeNote,
  setStance,
  setTheyFramingDismissed,
  type ItemId,
  type ParticipantId,
  type PlacementArea,
  type RoleId,
  type Stance,
} from '@coboard/shared'
import type { UiStore } from '../state/uiStore'

/**
 * The co-production verbs: "they → we" reframes, the evaluation framework's outcomes and where
 * each side stands on them. Text fields of both kinds are edited with `actions.editItemText`,
 * which keeps other people's concurrent keystrokes.
 */
export interface CoproductionActions {
  /**
   * Puts a linked reframe card beside a note, with a "We could…" opening written by `suggestWe`
   * (the detector's rewrite, which the caller has loaded) or a plain one; returns the card's id,
   * or null when the note has just been deleted by someone else. `view` keeps the card inside
   * what this screen shows, clear of its bars.
   */
  reframeNote(
    noteId: ItemId,
    suggestWe?: (they: string) => string,
    view?: PlacementArea,
  ): ItemId | null
  /** Hides the "they" framing chip on a note for everyone (undoable like any other edit). */
  dismissTheyFraming(noteId: ItemId): void
  /** Accepts a reframe on behalf of this device's side, or withdraws that acceptance. */
  setReframeAccepted(reframeId: ItemId, accepted: boolean): void
  /** Adds an empty outcome with its top-left at board point (x, y) and returns its id. */
  addOutcome(x: number, y: number): ItemId
  /** Records this device's stance on an outcome (a short note for concerns); null withdraws it. */
  setStance(outcomeId: ItemId, stance: Stance | null, note?: string): void
}

/** Binds the co-production operations to one document and this device's identity. */
export function createCoproductionActions(
  doc: Y.Doc,
  ui: UiStore,
  origin: object,
  privateDoc: Y.Doc | null = null,
): CoproductionActions {
  // Read at call time: someone may change side mid-workshop, and their next word counts for it.
  const me = (): { participantId: ParticipantId; role: RoleId } => {
    const { participantId, role } = ui.getState().me
    return { participantId, role: actingSide(role) }
  }
  return {
    reframeNote: (noteId, suggestWe, view) =>
      reframeNote(doc, noteId, me(), origin, privateDoc, suggestWe, view),
    dismissTheyFraming: (noteId) => void setTheyFramingDismissed(doc, noteId, true, origin),
    setReframeAccepted: (reframeId, accepted) =>
      void acceptReframe(doc, reframeId, me(), accepted, origin),
    addOutcome: (x, y) => {
      const { participantId, role } = me()
      return addOutcome(doc, { x, y, authorId: participantId, role }, origin)
    },
    setStance: (outcomeId, stance, note = '') =>
      void setStance(doc, outcomeId, me(), stance, note, origin),
  }
}

import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server'
import type { Logger } from '../logger'
import { pacePresence } from '../collab/pacePresence'

/** 20 presence messages a second per board at most: smooth for a cursor, cheap for a hall. */
export const PRESENCE_INTERVAL_MS = 50

/** Paces every loaded board's presence fan-out (see collab/pacePresence.ts). */
export class PresencePacing implements Extension {
  readonly extensionName = 'PresencePacing'
  private warned = false

  constructor(
    private readonly log: Logger,
    private readonly intervalMs = PRESENCE_INTERVAL_MS,
  ) {}

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    if (this.intervalMs <= 0 || pacePresence(document, this.intervalMs) || this.warned) return
    this.warned = true
    this.log.warn('presence is not paced: this Hocuspocus version has no broadcastAwarenessUpdate')
  }
}

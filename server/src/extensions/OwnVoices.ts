import type * as Y from 'yjs'
import { isTransactionOrigin, type Extension, type onLoadDocumentPayload } from '@hocuspocus/server'
import { keepVoicesOwn, readPrivateWordsDocName } from '@coboard/shared'
import type { BoardContext } from '../collab/BoardContext'
import type { Logger } from '../logger'

/**
 * A voice is bound to its person. After each update from a socket, undoes whatever it wrote to
 * another participant's roster entry, dots, stances or acceptances, and puts the roster's side
 * into its own (`keepVoicesOwn` in shared). A socket's participant is the one Auth bound to its
 * device; a socket bound to nobody speaks for nobody. Like Repair, it undoes rather than refuses:
 * a refused update would be resent forever and lock that person out.
 */
export class OwnVoices implements Extension {
  readonly extensionName = 'OwnVoices'
  // Beside Repair (850); recorded by Persistence (1000) like every other change.
  readonly priority = 840

  constructor(private readonly log: Logger) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    // A private-words document is no board: PrivateWords looks after it.
    if (readPrivateWordsDocName(documentName)) return
    document.on('afterTransaction', (transaction: Y.Transaction) => {
      const origin: unknown = transaction.origin
      // Updates relayed from another instance were checked where their socket is.
      if (!isTransactionOrigin(origin) || origin.source !== 'connection') return
      if (transaction.changed.size === 0) return
      // Nothing may escape from here: a throw inside Yjs's transaction cleanup corrupts the doc.
      try {
        const context = origin.connection.context as BoardContext | undefined
        const undone = keepVoicesOwn(document, transaction, context?.participantId ?? null)
        if (undone > 0) {
          this.log.warn({ boardId: documentName, undone }, 'undid writes to other people’s voices')
        }
      } catch (error) {
        this.log.error(
          { boardId: documentName, err: error },
          'could not check whose voices changed',
        )
      }
    })
  }
}

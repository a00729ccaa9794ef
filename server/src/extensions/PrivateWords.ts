import type * as Y from 'yjs'
import {
  isTransactionOrigin,
  type afterLoadDocumentPayload,
  type DirectConnection,
  type Extension,
  type Hocuspocus,
  type onChangePayload,
  type onConfigurePayload,
} from '@hocuspocus/server'
import {
  forgetPrivateWords,
  getBoardRoots,
  hasWordsToReveal,
  privateWordsDocName,
  readPrivateWordsDocName,
  readStages,
  wordsToReveal,
  writeRevealedWords,
  type ItemId,
  type ItemWords,
  type ParticipantId,
} from '@coboard/shared'
import { readParticipantId, type BoardContext } from '../collab/BoardContext'
import type { Logger } from '../logger'

/** The context of this extension's own connections to a board and its private-words documents. */
interface SettlingContext extends BoardContext {
  readonly settling: true
}

const settlingContext = (boardId: string): SettlingContext => ({
  boardId,
  access: 'edit',
  participantId: null,
  settling: true,
})

const isSettling = (context: unknown): boolean =>
  typeof context === 'object' && context !== null && 'settling' in context

/**
 * Moves private words into the board when their stage is revealed (see privateWords.ts in
 * shared). A board's stages are watched as it changes: when a private stage is revealed, made
 * public or deleted, every author with a card in it has their private-words document opened,
 * loaded from storage if they are offline, and all of their words of that stage are written into
 * the board in one transaction, then forgotten where they were. A private-words document is also
 * settled when it loads and when its author's device sends it words for a stage that is already
 * revealed (a device that was offline at reveal). Moving is idempotent: a crash between writing
 * the board and forgetting the words moves nothing twice.
 */
export class PrivateWords implements Extension {
  readonly extensionName = 'PrivateWords'

  private instance: Hocuspocus<BoardContext> | null = null
  private stopped = false
  /** Per board document: its private stages not yet revealed, as last seen. */
  private readonly unrevealed = new WeakMap<Y.Doc, ReadonlySet<string>>()
  /** Per board id: the settling under way, so two never interleave on one board. */
  private readonly queues = new Map<string, Promise<void>>()

  constructor(private readonly log: Logger) {}

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance as Hocuspocus<BoardContext>
  }

  async afterLoadDocument({
    context,
    document,
    documentName,
  }: afterLoadDocumentPayload): Promise<void> {
    const privateWords = readPrivateWordsDocName(documentName)
    if (privateWords) {
      // Loaded by a settling under way: that one moves its words; another would load it again.
      if (!isSettling(context))
        this.settle(privateWords.boardId, () => [privateWords.participantId])
      return
    }
    this.unrevealed.set(document, unrevealedStages(document))
  }

  async onChange({ document, documentName, transactionOrigin }: onChangePayload): Promise<void> {
    const privateWords = readPrivateWordsDocName(documentName)
    if (privateWords) {
      // Only words a device sent: what the server forgot itself needs no settling.
      const fromDevice = isTransactionOrigin(transactionOrigin)
        ? transactionOrigin.source === 'connection'
        : false
      if (fromDevice && this.hasWordsToSettle(privateWords, document)) {
        this.settle(privateWords.boardId, () => [privateWords.participantId])
      }
      return
    }
    const before = this.unrevealed.get(document)
    const now = unrevealedStages(document)
    this.unrevealed.set(document, now)
    if (!before) return
    const revealed = [...before].filter((stageId) => !now.has(stageId))
    if (revealed.length > 0) this.settle(documentName, (board) => authorsIn(board, revealed))
  }

  /** Starts no more settling and resolves once what is under way has finished (shutdown). */
  async stop(): Promise<void> {
    this.stopped = true
    await Promise.all([...this.queues.values()])
  }

  /** Cheap, synchronous, reads no words: whether a loaded board would take any of them now. */
  private hasWordsToSettle(
    { boardId, participantId: owner }: { boardId: string; participantId: ParticipantId },
    privateDoc: Y.Doc,
  ): boolean {
    const board = this.instance?.documents.get(boardId)
    if (!board) return true
    return hasWordsToReveal(board, privateDoc, owner)
  }

  /** Queues a settling of the board's private words of the authors `whose` picks. */
  private settle(boardId: string, whose: (board: Y.Doc) => readonly ParticipantId[]): void {
    // At shutdown: what is not moved now is moved when the board or the document next loads.
    if (this.stopped) return
    const previous = this.queues.get(boardId) ?? Promise.resolve()
    const next = previous
      .then(() => this.settleNow(boardId, whose))
      .catch((error: unknown) => {
        this.log.error({ boardId, err: error }, 'could not move revealed private words')
      })
      .finally(() => {
        if (this.queues.get(boardId) === next) this.queues.delete(boardId)
      })
    this.queues.set(boardId, next)
  }

  private async settleNow(
    boardId: string,
    whose: (board: Y.Doc) => readonly ParticipantId[],
  ): Promise<void> {
    const instance = this.instance
    if (!instance) return
    const opened: DirectConnection[] = []
    try {
      const board = await instance.openDirectConnection(boardId, settlingContext(boardId))
      opened.push(board)
      if (!board.document) return
      const authors = whose(board.document)
      const revealed: (readonly [ItemId, ItemWords])[] = []
      const settledIn: { connection: DirectConnection; ids: ItemId[] }[] = []
      for (const author of authors) {
        const name = privateWordsDocName(boardId, author)
        const own = await instance.openDirectConnection(name, settlingContext(boardId))
        opened.push(own)
        if (!own.document) continue
        const reveal = wordsToReveal(board.document, own.document, author)
        revealed.push(...reveal)
        if (reveal.size > 0) settledIn.push({ connection: own, ids: [...reveal.keys()] })
      }
      if (revealed.length > 0) {
        await board.transact((doc) => writeRevealedWords(doc, revealed))
      }
      // Forgotten only once the board holds them: a crash in between leaves them in both.
      for (const { connection, ids } of settledIn) {
        await connection.transact((doc) => forgetPrivateWords(doc, ids))
      }
      if (revealed.length > 0) {
        this.log.info({ boardId, cards: revealed.length }, 'revealed private words')
      }
    } finally {
      for (const connection of opened.reverse()) await connection.disconnect()
    }
  }
}

/** The ids of the board's private stages that have not been revealed. */
function unrevealedStages(board: Y.Doc): ReadonlySet<string> {
  return new Set(
    readStages(board)
      .filter((stage) => stage.private && !stage.revealed)
      .map((stage) => stage.id),
  )
}

/** Everyone with a card in one of `stageIds`. */
function authorsIn(board: Y.Doc, stageIds: readonly string[]): ParticipantId[] {
  const stages = new Set(stageIds)
  const authors = new Set<ParticipantId>()
  getBoardRoots(board).items.forEach((item) => {
    if (typeof item?.get !== 'function') return
    const stageId = item.get('stageId')
    // Read from the document, so untrusted: only a well-formed id names a document to open.
    const named = item.get('authorId')
    const authorId = readParticipantId(typeof named === 'string' ? named : null)
    if (typeof stageId === 'string' && stages.has(stageId) && authorId) authors.add(authorId)
  })
  return [...authors]
}

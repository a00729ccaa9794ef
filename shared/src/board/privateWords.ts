import * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { readStages } from './stages'
import { cutText } from './sanitize'
import { spliceText } from './textDiff'
import { MAX_TEXT_LENGTH, type ItemId, type ParticipantId, type Stage } from './schema'

// Private writing, enforced by the server. While a private stage runs, the board document holds
// each note's card (place, colour, author, stage) but not its words: those live in a document of
// the author's own, `<boardId>/private/<participantId>`, which only the author's devices may open.
// On reveal the server moves the words of the stage into the board, for every author, in one
// transaction (wordsToReveal, writeRevealedWords). Reframes made in a private stage keep their
// words there too.

/** A document of one person's private words is named after the board and the person. */
const PRIVATE_NAME = /^([A-Za-z0-9_-]{8,64})\/private\/([A-Za-z0-9_-]{1,64})$/

/** The name of `participantId`'s private-words document on `boardId`. */
export function privateWordsDocName(boardId: string, participantId: ParticipantId): string {
  return `${boardId}/private/${participantId}`
}

/** The board and person a private-words document name stands for; null for any other name. */
export function readPrivateWordsDocName(
  name: string,
): { readonly boardId: string; readonly participantId: ParticipantId } | null {
  const match = PRIVATE_NAME.exec(name)
  return match ? { boardId: match[1], participantId: match[2] as ParticipantId } : null
}

/** The kinds whose words stay private in a private stage, and the text fields that hold them. */
export const PRIVATE_TEXT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  note: ['text'],
  reframe: ['they', 'we'],
}

/** The item fields that decide whether an item's words are private. */
export interface PrivacyFacts {
  readonly kind: string
  readonly stageId: string | null
}

/** Whether the stage with `stageId` is private and not yet revealed. */
export function isUnrevealedStage(stageId: string | null, stages: readonly Stage[]): boolean {
  if (!stageId) return false
  const stage = stages.find((s) => s.id === stageId)
  return stage !== undefined && stage.private && !stage.revealed
}

/** Whether `item`'s words belong in its author's private document rather than the board. */
export function hasPrivateWords(item: PrivacyFacts, stages: readonly Stage[]): boolean {
  return item.kind in PRIVATE_TEXT_FIELDS && isUnrevealedStage(item.stageId, stages)
}

/** The words of one item, by text field. */
export type ItemWords = Readonly<Record<string, string>>

/** The private document's one root: item id → (field → Y.Text). */
export function privateWordsRoot(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('words')
}

/** Every item's private words in `doc`, as plain text; fields that are not Y.Text are skipped. */
export function readPrivateWords(doc: Y.Doc): ReadonlyMap<ItemId, ItemWords> {
  const words = new Map<ItemId, ItemWords>()
  privateWordsRoot(doc).forEach((fields, id) => {
    if (!(fields instanceof Y.Map)) return
    const entry: Record<string, string> = {}
    fields.forEach((value, field) => {
      if (value instanceof Y.Text) entry[field] = cutText(value.toString(), MAX_TEXT_LENGTH)
    })
    words.set(id as ItemId, entry)
  })
  return words
}

/**
 * Writes `next` into one private text field, as the smallest splice from what is there, so two
 * of the author's devices typing at once keep both their words. Fields outside
 * PRIVATE_TEXT_FIELDS of `kind` are refused (false).
 */
export function writePrivateWords(
  doc: Y.Doc,
  itemId: ItemId,
  kind: string,
  field: string,
  next: string,
  origin?: unknown,
): boolean {
  if (!PRIVATE_TEXT_FIELDS[kind]?.includes(field)) return false
  doc.transact(() => {
    const root = privateWordsRoot(doc)
    let fields = root.get(itemId)
    if (!(fields instanceof Y.Map)) {
      fields = new Y.Map<unknown>()
      root.set(itemId, fields)
    }
    let text = fields.get(field)
    if (!(text instanceof Y.Text)) {
      text = new Y.Text()
      fields.set(field, text)
    }
    spliceText(text as Y.Text, next, MAX_TEXT_LENGTH)
  }, origin)
  return true
}

/** Forgets the private words of `ids` (a deleted card's words go with it). */
export function forgetPrivateWords(doc: Y.Doc, ids: Iterable<ItemId>, origin?: unknown): void {
  const root = privateWordsRoot(doc)
  doc.transact(() => {
    for (const id of ids) root.delete(id)
  }, origin)
}

/**
 * The words in `owner`'s `privateDoc` that may now leave it: those of the owner's own cards whose
 * stage the board has revealed (or stopped being private, or deleted). Words filed under someone
 * else's card are never moved: a person's document speaks only for their own cards. Words of a
 * card the board does not hold stay: the card may still be on its way (the two documents sync
 * apart), or come back with an undo.
 */
export function wordsToReveal(
  board: Y.Doc,
  privateDoc: Y.Doc,
  owner: ParticipantId,
): ReadonlyMap<ItemId, ItemWords> {
  const words = readPrivateWords(privateDoc)
  const reveal = new Map<ItemId, ItemWords>()
  for (const id of revealableIds(board, privateDoc, owner)) reveal.set(id, words.get(id)!)
  return reveal
}

/**
 * Whether `owner`'s `privateDoc` holds any words that may now leave it (see wordsToReveal).
 * Reads no words: the server asks this on each edit the owner's devices make.
 */
export function hasWordsToReveal(board: Y.Doc, privateDoc: Y.Doc, owner: ParticipantId): boolean {
  return !revealableIds(board, privateDoc, owner).next().done
}

function* revealableIds(board: Y.Doc, privateDoc: Y.Doc, owner: ParticipantId): Generator<ItemId> {
  const items = getBoardRoots(board).items
  const stages = readStages(board)
  for (const [id, fields] of privateWordsRoot(privateDoc)) {
    const item = items.get(id)
    if (!(fields instanceof Y.Map) || !(item instanceof Y.Map)) continue
    if (item.get('authorId') !== owner) continue
    const facts = { kind: String(item.get('kind')), stageId: readStageId(item.get('stageId')) }
    if (!hasPrivateWords(facts, stages)) yield id as ItemId
  }
}

/**
 * Writes revealed words into the board's items, in one transaction for all of `revealed` (every
 * author's), so the room sees a stage turn face up at once. A field the board already holds
 * words in is left alone: only words that were never public are moved.
 */
export function writeRevealedWords(
  board: Y.Doc,
  revealed: Iterable<readonly [ItemId, ItemWords]>,
  origin?: unknown,
): number {
  const items = getBoardRoots(board).items
  let moved = 0
  board.transact(() => {
    for (const [id, words] of revealed) {
      const item = items.get(id)
      if (!(item instanceof Y.Map)) continue
      const fields = PRIVATE_TEXT_FIELDS[String(item.get('kind'))] ?? []
      for (const field of fields) {
        const text = words[field]
        if (!text) continue
        const current = item.get(field)
        if (current instanceof Y.Text && current.length > 0) continue
        if (current instanceof Y.Text) current.insert(0, text)
        else item.set(field, new Y.Text(text))
        moved += 1
      }
    }
  }, origin)
  return moved
}

function readStageId(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

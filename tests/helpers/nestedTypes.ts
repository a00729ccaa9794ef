import * as Y from 'yjs'
import { getBoardRoots } from '@coboard/shared'

// Well-formed Yjs updates that nest shared types far deeper than a board ever does, built with
// Yjs itself on a throwaway document: what a hostile client with the edit link can send.

/** A fresh document's whole state as one update, after `build` filled it. */
function updateOf(build: (doc: Y.Doc) => void, options: { gc?: boolean } = {}): Uint8Array {
  const doc = new Y.Doc(options)
  doc.transact(() => build(doc))
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/**
 * A chain of `depth` nested Y.Maps under `items[itemId]`, with no `kind`: the repair deletes the
 * item, and deleting it used to overflow the stack inside Yjs's transaction cleanup.
 */
export function nestedMapChain(depth: number, itemId = 'deep'): Uint8Array {
  return updateOf((doc) => buildMapChain(doc, depth, itemId))
}

/** The same chain, already deleted by its author: applying it deletes `depth` nested maps. */
export function deletedMapChain(depth: number, itemId = 'deep'): Uint8Array {
  return updateOf(
    (doc) => {
      buildMapChain(doc, depth, itemId)
      // Bottom up, so that this client does not overflow its own stack deleting it.
      const chain: Y.Map<unknown>[] = []
      let map = getBoardRoots(doc).items.get(itemId) as Y.Map<unknown> | undefined
      while (map) {
        chain.push(map)
        map = map.get('k') as Y.Map<unknown> | undefined
      }
      for (let i = chain.length - 1; i > 0; i--) chain[i - 1].delete('k')
      getBoardRoots(doc).items.delete(itemId)
    },
    { gc: false },
  )
}

function buildMapChain(doc: Y.Doc, depth: number, itemId: string): void {
  let map = new Y.Map<unknown>()
  getBoardRoots(doc).items.set(itemId, map)
  for (let i = 1; i < depth; i++) {
    const next = new Y.Map<unknown>()
    map.set('k', next)
    map = next
  }
}

/**
 * A note whose `text` is a Y.XmlText (which passes `instanceof Y.Text`) holding `depth` nested
 * Y.XmlElements: reading its text recursed that deep, so every export answered 500.
 */
export function noteWithXmlText(depth: number, itemId = 'xml-note'): Uint8Array {
  return updateOf((doc) => {
    const note = new Y.Map<unknown>()
    getBoardRoots(doc).items.set(itemId, note)
    note.set('kind', 'note')
    note.set('x', 0)
    note.set('y', 0)
    note.set('authorId', 'mallory')
    note.set('role', 'provider')
    note.set('color', 'yellow')
    const text = new Y.XmlText()
    note.set('text', text)
    let element = new Y.XmlElement('p')
    text.insertEmbed(0, element)
    for (let i = 1; i < depth; i++) {
      const next = new Y.XmlElement('p')
      element.insert(0, [next])
      element = next
    }
  })
}

import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { privateWordsRoot, readPrivateWords, writePrivateWords } from './privateWords'
import { MAX_PRIVATE_WORDS, repairPrivateWords } from './privateWordsRepair'
import { touchedKeys } from './repair'
import { MAX_TEXT_LENGTH, type ItemId } from './schema'

describe('repairing a private-words document', () => {
  it('keeps the words written before an edit that goes past the limit', () => {
    const doc = new Y.Doc()
    writePrivateWords(doc, 'first-card' as ItemId, 'note', 'text', 'Words from the morning')
    let touched = new Set<string>()
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      touched = touchedKeys(transaction, privateWordsRoot(doc))
    })
    doc.transact(() => {
      for (let i = 0; i < MAX_PRIVATE_WORDS + 10; i++) {
        const fields = new Y.Map<unknown>()
        privateWordsRoot(doc).set(`flood-${i}`, fields)
        fields.set('text', new Y.Text('x'))
      }
    })

    expect(repairPrivateWords(doc, touched)).toBe(11)
    expect(privateWordsRoot(doc).size).toBe(MAX_PRIVATE_WORDS)
    expect(readPrivateWords(doc).get('first-card' as ItemId)).toEqual({
      text: 'Words from the morning',
    })
  })

  it('removes what no card has and cuts text to what a card holds', () => {
    const doc = new Y.Doc()
    const root = privateWordsRoot(doc) as unknown as Y.Map<unknown>
    doc.transact(() => {
      const fields = new Y.Map<unknown>()
      root.set('card', fields)
      fields.set('text', new Y.Text('z'.repeat(MAX_TEXT_LENGTH + 50)))
      fields.set('diary', new Y.Text('a field no card has'))
      fields.set('they', 'a string, not text')
      const xml = new Y.XmlText('looks like text')
      fields.set('we', xml)
      root.set('loose', new Y.Text('not an entry'))
      root.set('x'.repeat(65), new Y.Map())
    })

    repairPrivateWords(doc)

    expect([...root.keys()]).toEqual(['card'])
    const fields = root.get('card') as Y.Map<unknown>
    expect([...fields.keys()]).toEqual(['text'])
    expect((fields.get('text') as Y.Text).length).toBe(MAX_TEXT_LENGTH)
  })
})

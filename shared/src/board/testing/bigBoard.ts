import * as Y from 'yjs'
import { addNote, initBoard } from '../operations'
import { readBoard } from '../read'
import { exportBoardJson } from '../export/json'
import type { ParticipantId } from '../schema'

/** A board of `notes` notes of about `textLength` characters each, laid out in rows of 100. */
export function makeBigBoard(notes: number, textLength = 200): Y.Doc {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'A big workshop', createdAt: Date.UTC(2026, 0, 1) })
  const authorId = 'author' as ParticipantId
  doc.transact(() => {
    for (let i = 0; i < notes; i++) {
      addNote(doc, {
        x: (i % 100) * 220,
        y: Math.floor(i / 100) * 220,
        authorId,
        role: i % 2 === 0 ? 'provider' : 'lived-experience',
        text: `Note ${i}: `.padEnd(textLength, 'what we heard in the room today, '),
      })
    }
  })
  return doc
}

/** The board file (`export.json`) of a big board (see makeBigBoard), as an import reads it. */
export function bigBoardFile(notes: number, textLength?: number): string {
  const doc = makeBigBoard(notes, textLength)
  try {
    return JSON.stringify(exportBoardJson('big', readBoard(doc), new Date()))
  } finally {
    doc.destroy()
  }
}

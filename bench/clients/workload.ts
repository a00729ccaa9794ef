import * as Y from 'yjs'
import {
  addNote,
  editText,
  getBoardRoots,
  moveItem,
  type ItemId,
  type ParticipantId,
  type RoleId,
} from '@coboard/shared'
import { now } from '../clock'

// The edits every server receives, made with Coboard's shared operations (they are plain Yjs, so
// the stock servers get byte-for-byte the same updates). Each edit writes a marker into the note's
// text: the sending client, its edit number and the send time on the shared clock. Receivers read
// the marker to time the edit; the disk watcher finds the same marker in the stored bytes.

/** What a marker says. */
export interface Marker {
  readonly client: number
  readonly seq: number
  readonly sentAt: number
}

// The tag letter changes with every edit and closes the marker too, so a new marker shares no
// prefix or suffix with the old one: editText's minimal splice then replaces the whole text, and
// the update carries the whole marker, which the disk watcher needs.
const MARKER = /([a-z])(\d+)\.(\d+)@(\d+\.\d+)\1/g

/** The marker text for edit `seq` of `client`, sent at `sentAt`. */
export function formatMarker({ client, seq, sentAt }: Marker): string {
  const tag = String.fromCharCode(97 + (seq % 26))
  return `${tag}${client}.${seq}@${sentAt.toFixed(3)}${tag}`
}

/** Every marker in `text` (a note's text, or stored bytes read as latin1). */
export function findMarkers(text: string): Marker[] {
  const markers: Marker[] = []
  for (const match of text.matchAll(MARKER)) {
    markers.push({ client: Number(match[2]), seq: Number(match[3]), sentAt: Number(match[4]) })
  }
  return markers
}

/** The key an edit is known by across processes. */
export const editKey = (client: number, seq: number): string => `${client}.${seq}`

const AREA = { width: 4000, height: 3000 }

/** One active participant's edits: every `addEvery`-th adds a note, the others move and relabel it. */
export class Editor {
  private seq = 0
  private note: ItemId | null = null
  private x = Math.random() * AREA.width
  private y = Math.random() * AREA.height

  constructor(
    private readonly client: number,
    private readonly participantId: ParticipantId,
    private readonly role: RoleId,
    private readonly addEvery: number,
  ) {}

  /** Makes the next edit in one transaction and returns its marker. */
  edit(doc: Y.Doc): Marker {
    const marker: Marker = { client: this.client, seq: this.seq++, sentAt: now() }
    const text = formatMarker(marker)
    if (this.note === null || marker.seq % this.addEvery === 0) {
      this.x = Math.random() * AREA.width
      this.y = Math.random() * AREA.height
      this.note = addNote(doc, {
        x: this.x,
        y: this.y,
        authorId: this.participantId,
        role: this.role,
        text,
      })
    } else {
      // One drop: the position once, never per pixel, and the label in the same transaction.
      this.x = clamp(this.x + (Math.random() - 0.5) * 400, 0, AREA.width)
      this.y = clamp(this.y + (Math.random() - 0.5) * 400, 0, AREA.height)
      const note = this.note
      doc.transact(() => {
        moveItem(doc, note, this.x, this.y)
        editText(doc, note, 'text', text)
      })
    }
    return marker
  }
}

/** A pointer wandering over the board, for awareness. */
export class Cursor {
  private x = Math.random() * AREA.width
  private y = Math.random() * AREA.height

  next(): { x: number; y: number } {
    this.x = clamp(this.x + (Math.random() - 0.5) * 60, 0, AREA.width)
    this.y = clamp(this.y + (Math.random() - 0.5) * 60, 0, AREA.height)
    return { x: Math.round(this.x), y: Math.round(this.y) }
  }
}

/**
 * Calls `onMarker` with each marker a remote update brings into a note, timed when the update is
 * applied. Own edits are skipped; a note whose text did not change is not counted twice.
 */
export function observeMarkers(doc: Y.Doc, onMarker: (marker: Marker, at: number) => void): void {
  const { items } = getBoardRoots(doc)
  const lastText = new Map<string, string>()
  items.observeDeep((events, transaction) => {
    if (transaction.local) return
    const at = now()
    const touched = new Set<string>()
    for (const event of events) {
      if (event.target === items) for (const key of event.keys.keys()) touched.add(key)
      else if (typeof event.path[0] === 'string') touched.add(event.path[0])
    }
    for (const id of touched) {
      const text = items.get(id)?.get('text')
      if (!(text instanceof Y.Text)) continue
      const value = text.toString()
      if (lastText.get(id) === value) continue
      lastText.set(id, value)
      for (const marker of findMarkers(value)) onMarker(marker, at)
    }
  })
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

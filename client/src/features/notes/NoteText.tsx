import { memo } from 'react'

/** Shorter notes get bigger type, so a few words read from the back of the room. */
function sizeClass(text: string): string {
  if (text.length <= 40) return 'note-text-xl'
  if (text.length <= 90) return 'note-text-l'
  if (text.length <= 160) return 'note-text-m'
  return 'note-text-s'
}

/** A note's words as plain React text: user content is never interpreted as HTML. */
export const NoteText = memo(function NoteText(props: { text: string }) {
  if (!props.text.trim()) return <p className="note-text note-text-empty">Empty note</p>
  return <p className={`note-text ${sizeClass(props.text)}`}>{props.text}</p>
})

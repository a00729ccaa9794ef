import { NOTE_FILLS, type NoteColor } from '@coboard/shared'

/** How each note colour looks (fills from shared/'s palette, as in every export) and is named. */
export const NOTE_PALETTE: Record<NoteColor, { readonly fill: string; readonly label: string }> = {
  yellow: { fill: NOTE_FILLS.yellow, label: 'Yellow' },
  pink: { fill: NOTE_FILLS.pink, label: 'Pink' },
  blue: { fill: NOTE_FILLS.blue, label: 'Blue' },
  green: { fill: NOTE_FILLS.green, label: 'Green' },
  orange: { fill: NOTE_FILLS.orange, label: 'Orange' },
  purple: { fill: NOTE_FILLS.purple, label: 'Purple' },
}

import type { NoteColor } from '@coboard/shared'

/** How each note colour looks: soft pastels that keep dark text above 12:1 contrast. */
export const NOTE_PALETTE: Record<NoteColor, { readonly fill: string; readonly label: string }> = {
  yellow: { fill: '#FFF3A6', label: 'Yellow' },
  pink: { fill: '#FFD9E4', label: 'Pink' },
  blue: { fill: '#D3E8FF', label: 'Blue' },
  green: { fill: '#D5F2D4', label: 'Green' },
  orange: { fill: '#FFDDBA', label: 'Orange' },
  purple: { fill: '#E6DCFF', label: 'Purple' },
}

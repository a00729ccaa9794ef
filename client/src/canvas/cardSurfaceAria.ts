import type { DraggableAttributes } from '@dnd-kit/core'

/**
 * The accessibility of a card's drag surface. Idle, it is what dnd-kit makes it (a button to
 * pick up and move with Space and the arrows), named by its content and described first by the
 * element `descriptionId` (whose card it is, where it stands), then by dnd-kit's instructions.
 * While its words are edited it is a group named for that instead: a button's children are
 * presentational, and dnd-kit marks a disabled draggable aria-disabled, so the text boxes
 * inside would be hidden or read as disabled.
 */
export function cardSurfaceAria(
  attributes: DraggableAttributes,
  kind: string,
  editing: boolean,
  descriptionId?: string,
): Record<string, string | number | boolean | undefined> {
  if (editing) return { role: 'group', 'aria-label': `Editing ${kind}`, tabIndex: -1 }
  const describedBy = [descriptionId, attributes['aria-describedby']].filter(Boolean).join(' ')
  return { ...attributes, 'aria-pressed': undefined, 'aria-describedby': describedBy }
}

import { PanelToggle } from '../../ui/PanelToggle'

/** The side panel id of the outline, in the board's shared dock of panels. */
export const OUTLINE_PANEL = 'outline'

/** Opens the board as structured text: for screen readers, keyboards and anyone a canvas tires. */
export function OutlineToggle() {
  return (
    <PanelToggle
      id={OUTLINE_PANEL}
      label="Outline"
      icon="outline"
      title="The whole board as a list you can read and edit"
      testId="outline-toggle"
    />
  )
}

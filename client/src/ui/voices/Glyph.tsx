// Marks for where a side stands, drawn on the same 24px grid as ui/Icon. Each shape differs, not
// only its colour, so a projector with washed-out colours or a colour-blind reader still tells
// "agreed" from "objected". They are decoration: the status is always written beside them.

const PATHS = {
  agreed: 'M5 12.5l4.5 4.5L19 7.5',
  concerns: 'M12 3.5L2.5 20h19zM12 9.5v5M12 17.4v.2',
  objected: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8.5 8.5l7 7M15.5 8.5l-7 7',
  waiting: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7.5V12l3 2',
  pending: 'M12 4.5a7.5 7.5 0 1 0 0 15 7.5 7.5 0 0 0 0-15z',
  arrowDown: 'M12 4v15M6 13l6 6 6-6',
  reframe: 'M4 8h14l-3.5-3.5M20 16H6l3.5 3.5',
  target:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM12 11.5v1',
} as const

export type GlyphName = keyof typeof PATHS

export function Glyph(props: { name: GlyphName; size?: number }) {
  const size = props.size ?? 16
  return (
    <svg
      className={`glyph glyph-${props.name}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[props.name]} />
    </svg>
  )
}

// What a screen reader says about a card beyond the words it shows. A card is named by its own
// content (side, author, words; "They said", the side and both halves; an outcome's agreement
// and words), so speech control can say what is on the screen; what the layout alone conveys,
// whose card it is and how far it has been accepted, is its description.

/** "Reframe by Amina, accepted by 1 of 2 sides". */
export function reframeDescription(author: string, acceptance: string): string {
  const by = author ? `Reframe by ${author}` : 'Reframe'
  return `${by}, ${acceptance.charAt(0).toLowerCase()}${acceptance.slice(1)}`
}

/** "Written by Amina, Lived experience". */
export function outcomeDescription(author: string, side: string): string {
  return `Written by ${author ? `${author}, ${side}` : side}`
}

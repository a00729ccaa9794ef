/** The message with every code in it (`K7QM-3XPA`) kept on one line, never broken at its dash. */
export function keepCodesWhole(message: string) {
  return message.split(/(\b[0-9A-Z]{4}-[0-9A-Z]{4}\b)/).map((part, index) =>
    index % 2 === 1 ? (
      <span key={index} className="join-code-nowrap">
        {part}
      </span>
    ) : (
      part
    ),
  )
}

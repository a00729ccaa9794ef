// Dictionaries keyed by text a client chooses: role ids, participant ids, item ids. A plain `{}`
// answers `constructor`, `toString` or `__proto__` with what every object inherits, and
// assigning `__proto__` replaces its prototype; an object without a prototype has only its own
// entries. Prefer a Map; these are for records that cross into JSON or the public types.

/** An empty record with no prototype: reading a key nobody set gives undefined, whatever it is. */
export function emptyDictionary<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>
}

/** Object.fromEntries without a prototype; a `__proto__` entry is an entry like any other. */
export function dictionaryFrom<K extends string, V>(
  entries: Iterable<readonly [K, V]>,
): Record<K, V> {
  const dictionary = emptyDictionary<V>()
  for (const [key, value] of entries) dictionary[key] = value
  return dictionary
}

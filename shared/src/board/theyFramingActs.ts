import type { Token } from './theyFramingTokens'
import {
  AIMED,
  COPULAS,
  DEALING,
  KIN,
  POSSESSIVE_DETERMINERS,
  REPORTING,
  WRITERS_PEOPLE,
} from './theyFramingWords'

// Acts done to the writer's side. A sentiment lexicon rates "shout", "rush", "cancel" or "move"
// as nothing, yet another party doing them to "me", "us", "Mum" or "my appointment" is the
// complaint of a workshop note; kind and plain dealing are told apart by the lexicon and by the
// closed class of verbs of care (help, call, visit, explain…).

/**
 * Where another party acts on the writer's side ("moved us to a flat", "rush Mum through her
 * breakfast", "shout at us", "read my messages"), the index of the verb, else -1. Plain dealing
 * ("rang me back", "gave us exercises") and anything the lexicon rates kindly is no complaint.
 */
export function findActOnWritersSide(
  predicate: readonly Token[],
  before: readonly Token[],
): number {
  // "They listened to me and changed my medication": what a kind act leads to is care too.
  if (before.some((t) => t.valence > 0 || (t.pos === 'VERB' && DEALING.has(t.lemma)))) return -1
  const verbAt = predicate.findIndex((token) => token.pos === 'VERB')
  const verb = predicate[verbAt]
  if (!verb || verbAt > 2 || predicate.slice(0, verbAt).some((t) => t.lemma === 'be')) return -1
  if (COPULAS.has(verb.lemma) || DEALING.has(verb.lemma) || REPORTING.has(verb.lemma)) return -1
  if (predicate.some((token) => token.valence > 0)) return -1
  // "put the phone down on me", "slammed the door on us": aimed at the writer's side.
  const aimedAt = predicate.findIndex(
    (t, i) =>
      i > verbAt &&
      i <= verbAt + 6 &&
      AIMED.has(t.normal) &&
      (WRITERS_PEOPLE.has(predicate[i + 1]?.normal ?? '') ||
        (predicate[i + 1]?.pos === 'DET' && KIN.has(predicate[i + 2]?.normal ?? ''))),
  )
  if (aimedAt >= 0) return verbAt
  const objectAt = verbAt + 1
  const object = predicate[objectAt]
  const after = predicate[objectAt + 1]
  if (!object) return -1
  if (POSSESSIVE_DETERMINERS.has(object.normal))
    return after?.pos === 'NOUN' || after?.pos === 'ADJ' ? verbAt : -1
  if (!WRITERS_PEOPLE.has(object.normal) && !KIN.has(object.normal)) return -1
  // "sent me a letter", "told her the results": a second object is something handed over.
  if (after && ['DET', 'NUM', 'NOUN'].includes(after.pos)) return -1
  return verbAt
}

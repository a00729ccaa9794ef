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
 * ("rang me back", "gave us exercises") and anything the lexicon rates kindly is no complaint;
 * before and after are the clauses around the predicate's own that share its sentence.
 */
export function findActOnWritersSide(
  predicate: readonly Token[],
  before: readonly Token[],
  after: readonly Token[],
): number {
  // "They listened to me and changed my medication": what a kind act leads to is care too, and
  // so is an act the sentence goes on to praise ("moved my son, which has helped").
  if (before.some((t) => t.valence > 0 || (t.pos === 'VERB' && DEALING.has(t.lemma)))) return -1
  if (after.some((t) => t.valence > 0)) return -1
  const verbAt = predicate.findIndex((token) => token.pos === 'VERB')
  const verb = predicate[verbAt]
  if (!verb || verbAt > 2 || predicate.slice(0, verbAt).some((t) => t.lemma === 'be')) return -1
  if (COPULAS.has(verb.lemma) || REPORTING.has(verb.lemma)) return -1
  if (predicate.some((token) => token.valence > 0)) return -1
  // "shout at us", "talked over me", "put the phone down on me": aimed at the writer's side.
  // Care may call on someone ("checked on me"); it does not talk over them.
  const aimedAt = predicate.findIndex(
    (t, i) =>
      i > verbAt &&
      i <= verbAt + 6 &&
      AIMED.has(t.normal) &&
      (t.normal !== 'on' || !DEALING.has(verb.lemma)) &&
      (WRITERS_PEOPLE.has(predicate[i + 1]?.normal ?? '') ||
        (predicate[i + 1]?.pos === 'DET' && KIN.has(predicate[i + 2]?.normal ?? ''))),
  )
  if (aimedAt >= 0) return verbAt
  if (DEALING.has(verb.lemma)) return -1
  const objectAt = verbAt + 1
  const object = predicate[objectAt]
  const second = predicate[objectAt + 1]
  if (!object) return -1
  if (POSSESSIVE_DETERMINERS.has(object.normal))
    return second?.pos === 'NOUN' || second?.pos === 'ADJ' ? verbAt : -1
  if (!WRITERS_PEOPLE.has(object.normal) && !KIN.has(object.normal)) return -1
  // "sent me a letter", "told her the results": a second object is something handed over.
  if (second && ['DET', 'NUM', 'NOUN'].includes(second.pos)) return -1
  return verbAt
}

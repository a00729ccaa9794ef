import type { Token } from './theyFramingTokens'
import { findActOnWritersSide } from './theyFramingActs'
import {
  OWN_SIDE,
  POSSESSIVE_DETERMINERS,
  NO_ONE_IN_PARTICULAR,
  DEMAND_MODALS,
  NEED_VERBS,
  EXPERIENCING,
  REPORTING,
  COPULAS,
  OMISSION,
  RESTRICTING,
  EXCESS,
  ABSOLUTES,
  ATTITUDES,
  DISMISSING,
  DURATIONS,
  PARTY_POSSESSIVES,
  OBJECTS_OF_CARE,
  RELATIVES,
  REPEATS,
  DEALING,
  SENDING_OFF,
  isVerbal,
  isNegator,
  isNegative,
} from './theyFramingWords'

// The predicate half of the "they" framing grammar: given a clause whose subject is another
// party, what in the rest of it blames, complains, refuses, fails or demands.

/** Why a clause was read as "they" framing; the rewrite picks its wording by it. */
export type CueKind = 'demand' | 'refusal' | 'blame' | 'question'

/** True when the subject names a party by pronoun or possession ("they", "their website"). */
export function hasPartyMarker(subject: readonly Token[]): boolean {
  return subject.some(
    (token) =>
      PARTY_POSSESSIVES.has(token.normal) ||
      (token.pos === 'PRON' &&
        !OWN_SIDE.has(token.normal) &&
        !POSSESSIVE_DETERMINERS.has(token.normal) &&
        !NO_ONE_IN_PARTICULAR.has(token.normal) &&
        !RELATIVES.has(token.normal)),
  )
}

/**
 * Reads what kind of blame, if any, a predicate carries, and the index of the word that showed it;
 * before is the clause the predicate shares its subject with, if any ("they listened to me | and
 * changed…"), after the rest of the sentence.
 */
export function readPredicate(
  whole: readonly Token[],
  subject: readonly Token[],
  before: readonly Token[] = [],
  after: readonly Token[] = [],
): { kind: CueKind; at: number } | null {
  const mainVerb = whole.findIndex((token) => token.pos === 'VERB')
  const firstVerb = whole[mainVerb]
  // A report of what someone said, thought or wanted: what they said is not read as theirs.
  const reports = firstVerb !== undefined && REPORTING.has(firstVerb.lemma)
  // "told me off": a particle after the person told is the act, not what was said.
  const reportEnd = mainVerb + (DISMISSING.has(whole[mainVerb + 2]?.normal ?? '') ? 3 : 2)
  const predicate = reports ? whole.slice(0, reportEnd) : whole
  for (let index = 0; index < predicate.length; index++) {
    const token = predicate[index]!
    const next = predicate[index + 1]
    const modal = DEMAND_MODALS.has(token.normal)
    if (!modal && !(NEED_VERBS.has(token.lemma) && next?.normal === 'to')) continue
    const verbAt = whole.findIndex(
      (t, i) =>
        i > index && t.pos !== 'PART' && t.normal !== 'to' && t.pos !== 'ADV' && !isNegator(t),
    )
    const verb = whole[verbAt]
    if (!verb) return null
    // "shouldn't have to wait" is an entitlement; "should have checked" blame after the fact.
    if (verb.lemma === 'have' && whole[verbAt + 1]?.normal === 'to') return null
    // "Patients need to know", "carers have to wait": someone in need, not someone told off.
    const experiences =
      EXPERIENCING.has(verb.lemma) && !(verb.lemma === 'have' && whole[verbAt + 1]?.pos === 'VERB')
    if (!modal && experiences && !whole.slice(verbAt).some(isNegative)) return null
    if (
      modal &&
      verb.lemma === 'be' &&
      whole[verbAt + 1]?.pos === 'VERB' &&
      !whole.slice(verbAt).some(isNegative)
    ) {
      return null
    }
    return { kind: 'demand', at: index }
  }
  const negation = predicate.findIndex(isNegator)
  if (negation >= 0) {
    // Only the negated verb phrase: "never call back after you leave a message" negates the
    // calling back, and the leaving belongs to a clause of its own.
    const clauseEnd = predicate.findIndex(
      (t, i) => i > negation && (SUBORDINATORS.has(t.normal) || startsClause(predicate, i)),
    )
    const scope = predicate.slice(negation + 1, clauseEnd < 0 ? predicate.length : clauseEnd)
    // A negated negative is praise: "never once made me feel stupid", "never complained",
    // and so is any "never made me feel…".
    // "didn't bother to reply" is not praise: the negative verb only leads to the real one.
    const praised = scope.some(
      (t, i) => isNegative(t) && t.pos !== 'NOUN' && scope[i + 1]?.normal !== 'to',
    )
    if (praised) return null
    const causes = scope.findIndex((t) => t.lemma === 'make')
    if (causes >= 0 && scope.slice(causes + 1, causes + 4).some((t) => t.lemma === 'feel'))
      return null
    // "not just", "not only": a qualifier, not a refusal.
    if (scope[0] && RESTRICTING.has(scope[0].normal)) return null
    return { kind: 'refusal', at: negation }
  }
  // A predicate without a full verb ("have a hard job", "is useless"), or a passive one ("have
  // been broken"), describes a state.
  const verbIndex = predicate.findIndex((t) => t.pos === 'VERB')
  const passive =
    verbIndex > 0 &&
    predicate[verbIndex - 1]!.lemma === 'be' &&
    !predicate[verbIndex]!.normal.endsWith('ing')
  // "is impossible to use": "be" with an adjective or noun next is a state, whatever follows.
  const firstVerbal = predicate.find((t) => t.pos === 'AUX' || t.pos === 'VERB')
  const afterBe = predicate[predicate.indexOf(firstVerbal!) + 1]
  const describes =
    firstVerbal?.lemma === 'be' &&
    afterBe !== undefined &&
    ['ADJ', 'NOUN', 'DET'].includes(afterBe.pos)
  const copula =
    !firstVerb ||
    passive ||
    describes ||
    (COPULAS.has(firstVerb.lemma) && predicate.slice(mainVerb + 1).every((t) => t.pos !== 'VERB'))
  const targetsSomeone = predicate.some((token) => OBJECTS_OF_CARE.has(token.normal))
  const negativeAt = predicate.findIndex(isNegative)
  if (negativeAt >= 0) {
    // "The lifts have been broken", "the letters were confusing": a state of things, unless a
    // party owns the thing ("their website is useless") or someone was at the end of it.
    if (!copula || hasPartyMarker(subject) || targetsSomeone)
      return { kind: 'blame', at: negativeAt }
  }
  for (let index = 0; index < predicate.length; index++) {
    const token = predicate[index]!
    const next = predicate[index + 1]
    // "without telling me", "without a plan", "without his medication": an act or a thing
    // left out. "arrive without breakfast" is not.
    if (
      OMISSION.has(token.normal) &&
      next &&
      index > 0 &&
      (next.pos === 'VERB' ||
        next.pos === 'DET' ||
        (next.pos === 'NOUN' && next.normal.endsWith('ing')) ||
        (next.pos === 'PRON' && next.normal !== 'it'))
    ) {
      return { kind: 'blame', at: index }
    }
    if (RESTRICTING.has(token.normal) && next && isVerbal(next) && index <= 1) {
      return { kind: 'blame', at: index }
    }
    // "always say", "always assume": a whole group's attitude, told as a fault.
    if (
      ABSOLUTES.has(token.normal) &&
      next &&
      index <= 1 &&
      (ATTITUDES.has(next.lemma) || REPORTING.has(next.lemma))
    ) {
      return { kind: 'blame', at: index }
    }
    if (ATTITUDES.has(token.lemma) && token.pos === 'VERB' && index <= 2)
      return { kind: 'blame', at: index }
    if (EXCESS.has(token.normal) && next && (next.pos === 'ADJ' || next.pos === 'ADV')) {
      return { kind: 'blame', at: index }
    }
    if (token.normal === 'instead' && next?.normal === 'of') return { kind: 'blame', at: index }
    // "decided everything before we arrived": acted before the writer's side could.
    if (token.normal === 'before' && next && ['we', 'i'].includes(next.normal) && index > 0) {
      return { kind: 'blame', at: index }
    }
    // "again", "twice", "five times", "every time": it keeps happening.
    if (
      !copula &&
      (REPEATS.has(token.normal) ||
        (token.normal === 'times' &&
          index > 0 &&
          ['NUM', 'DET'].includes(predicate[index - 1]!.pos)) ||
        (token.normal === 'time' && predicate[index - 1]?.normal === 'every'))
    ) {
      return { kind: 'blame', at: index }
    }
    // "their website is impossible to use": what a party made is hard to use.
    if (
      copula &&
      token.pos === 'ADJ' &&
      next?.normal === 'to' &&
      predicate[index + 2]?.pos === 'VERB' &&
      hasPartyMarker(subject)
    ) {
      return { kind: 'blame', at: index }
    }
    // "took four hours", "take months to approve": a delay someone is blamed for.
    if (
      token.lemma === 'take' &&
      predicate.slice(index + 1, index + 4).some((t) => DURATIONS.has(t.lemma))
    ) {
      return { kind: 'blame', at: index }
    }
    // "keep changing", "kept me waiting": doing it, or making someone wait, again and again.
    const kept = OBJECTS_OF_CARE.has(next?.normal ?? '') ? predicate[index + 2] : next
    if (token.lemma === 'keep' && kept?.normal.endsWith('ing')) return { kind: 'blame', at: index }
    // "treat you like a number", "talk over you like you're not there".
    if (token.normal === 'like' && index > 0 && OBJECTS_OF_CARE.has(predicate[index - 1]!.normal)) {
      return { kind: 'blame', at: index }
    }
    // "sent me home", "brushed me off", "hung up on me", "talk down to parents": someone put
    // aside, told by a particle of direction around the person acted on.
    if (token.pos === 'VERB' && index <= 2) {
      // The person acted on: "me", "us", or "my daughter".
      const object =
        !next || !OBJECTS_OF_CARE.has(next.normal)
          ? 0
          : POSSESSIVE_DETERMINERS.has(next.normal)
            ? 2
            : 1
      const particle = predicate[index + 1 + object]
      // "drove her home", "showed me around": care takes people places; "told me off" does not.
      const escorts = DEALING.has(token.lemma) && !SENDING_OFF.has(particle?.normal ?? '')
      if (object && particle && DISMISSING.has(particle.normal) && !escorts) {
        return { kind: 'blame', at: index }
      }
      const target = predicate[index + 3]
      if (
        !object &&
        particle &&
        DISMISSING.has(particle.normal) &&
        predicate[index + 2] &&
        ['to', 'on', 'at', 'from'].includes(predicate[index + 2]!.normal) &&
        target
      ) {
        return { kind: 'blame', at: index }
      }
    }
    // "from department to department", "from one number to another": passed around.
    if (token.normal === 'from') {
      const to = predicate.findIndex((t, i) => i > index && i <= index + 4 && t.normal === 'to')
      const there = predicate[to + 1]
      if (
        to > 0 &&
        there &&
        (there.normal === 'another' || there.normal === predicate[to - 1]!.normal)
      ) {
        return { kind: 'blame', at: index }
      }
    }
  }
  const acted = copula ? -1 : findActOnWritersSide(predicate, before, after)
  if (acted >= 0) return { kind: 'blame', at: acted }
  return null
}

/** Words that open a subordinate clause after a verb phrase ("… after you leave", "… until"). */
const SUBORDINATORS = new Set([
  'after',
  'before',
  'until',
  'till',
  'since',
  'while',
  'when',
  'because',
  'if',
  'unless',
])

/** Whether a new clause starts at `index`: a pronoun as the subject of a verb right after it. */
function startsClause(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  const next = tokens[index + 1]
  return (
    token.pos === 'PRON' &&
    ['i', 'you', 'we', 'they', 'he', 'she', 'it'].includes(token.normal) &&
    next !== undefined &&
    (next.pos === 'VERB' || next.pos === 'AUX')
  )
}

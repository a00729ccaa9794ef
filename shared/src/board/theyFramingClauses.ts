import type { Token } from './theyFramingTokens'

/** A set of words written as one space-separated string. */
const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(' '))

// The grammar of "they" framing. A clause is read as a subject (the words before its first
// verb) and a predicate (the rest). It is "they" framing when the subject is a party other than
// the writer's own side and the predicate blames, complains, refuses, fails or demands. The
// predicate's open-class words are judged by the sentiment lexicon, never by a list of verbs; the
// only words named here are closed classes of English (pronouns, modals, negators, conjunctions,
// a few prepositions), which is what keeps the rules working on parties and verbs never seen.

/** Why a clause was read as "they" framing; the rewrite picks its wording by it. */
export type CueKind = 'demand' | 'refusal' | 'blame' | 'question'

/** One clause that blames or demands, with the parts a rewrite needs. */
export interface Cue {
  readonly kind: CueKind
  /** The party as typed ("The housing association"); "" when implied by a question. */
  readonly subject: string
  /** The predicate as typed, up to the end of its clause ("ignores every repair request"). */
  readonly predicate: string
  /** What the note card shows, lower-cased: the party and the first words that blamed. */
  readonly phrase: string
  /** Where the predicate starts in the sentence's tokens; the rewrite reads on from there. */
  readonly predicateAt: number
}

type Party = 'other' | 'own' | 'none'

const OWN_SIDE = wordSet('i me we us our ours myself ourselves you your let')
const POSSESSIVE_DETERMINERS = new Set(['my', 'our', 'your'])
// Words that stand in a subject's place without naming anyone.
const NO_ONE_IN_PARTICULAR = wordSet(
  'it this that there what which here these those things everything nothing something anything how where when whether',
)
const NEGATIVE_SUBJECTS = new Set(['nobody', 'no-one', 'noone'])
const NEGATORS = wordSet('not never no cannot nothing none nowhere')
const DEMAND_MODALS = new Set(['should', 'must', 'ought'])
const NEED_VERBS = wordSet('need have has had got')
// After "need to" / "have to" these make the subject someone in need, not someone told off:
// "patients need to know", "carers have to wait". Verbs of experience, not of action.
const EXPERIENCING = wordSet(
  'know feel hear see get have be wait fight chase repeat ring phone travel explain queue struggle cope go deal',
)
const REPORTING = wordSet('say tell explain ask write think find show agree hope wish want')
const COPULAS = wordSet('be feel seem look become sound get')
// Closed-class words that turn a plain report into a complaint about how someone acted.
const OMISSION = new Set(['without'])
const RESTRICTING = new Set(['only', 'just'])
const EXCESS = new Set(['too'])
const ABSOLUTES = new Set(['always', 'constantly', 'forever', 'continually'])
// Verbs of presuming on others: said of another party, they are the complaint.
const ATTITUDES = new Set(['expect', 'assume', 'insist', 'presume'])
// Particles of direction that, around the person acted on, put them aside.
const DISMISSING = wordSet('off away home around round over down up')
const DURATIONS = wordSet('hour day week month year age forever minute')
const CLAUSE_OPENERS = wordSet('because when unless if although though while whereas')
const PROPOSAL_MODALS = wordSet(
  'could can might would should will shall need want hope wonder wish like',
)
const PARTY_POSSESSIVES = new Set(['their', 'his', 'her', 'its', "'s"])
const OBJECTS_OF_CARE = wordSet('me us you him her them people everyone my our your')

const RELATIVES = wordSet('who whom which that whose')
// Counts of times and repeats: said of another party's doing, the complaint that it recurs.
const REPEATS = new Set(['again', 'twice', 'repeatedly'])

const isVerbal = (token: Token) => token.pos === 'VERB' || token.pos === 'AUX'
const isNegator = (token: Token) => NEGATORS.has(token.normal) || token.normal === "n't"

/** Splits a tagged sentence into clauses at punctuation, conjunctions and relative pronouns. */
function splitClauses(tokens: readonly Token[]): Token[][] {
  const clauses: Token[][] = [[]]
  for (const token of tokens) {
    const current = clauses[clauses.length - 1]!
    const breaks =
      (token.pos === 'PUNCT' && token.normal !== "'") ||
      token.pos === 'CCONJ' ||
      (token.pos === 'SCONJ' && token.normal !== 'like') ||
      CLAUSE_OPENERS.has(token.normal) ||
      // "who never come", "that we don't"; not "who to call".
      ((token.normal === 'who' ||
        token.normal === 'which' ||
        (token.normal === 'that' && token.pos !== 'DET')) &&
        current.length > 0 &&
        tokens[tokens.indexOf(token) + 1]?.normal !== 'to')
    if (breaks) {
      if (current.length > 0) clauses.push([])
      if (token.pos === 'PUNCT' || token.pos === 'CCONJ') continue
      if (CLAUSE_OPENERS.has(token.normal) || token.pos === 'SCONJ') {
        clauses[clauses.length - 1]!.push({ ...token, pos: 'SCONJ' })
        continue
      }
    }
    clauses[clauses.length - 1]!.push(token)
  }
  return clauses.filter((clause) => clause.length > 0)
}

function classifySubject(subject: readonly Token[]): Party {
  const words = subject.filter(
    (token, index) =>
      token.pos !== 'ADV' &&
      token.pos !== 'SCONJ' &&
      token.pos !== 'INTJ' &&
      !(index === 0 && RELATIVES.has(token.normal) && subject.length > 1),
  )
  // "Most of our calls", "the lifts in our block": what is ours is the writer's side.
  if (words.some((token) => token.normal === 'our')) return 'own'
  const head = words.find((token) =>
    ['PRON', 'NOUN', 'PROPN', 'DET', 'NUM', 'ADJ', 'X'].includes(token.pos),
  )
  if (!head) return 'none'
  // The tagger leaves some contractions whole ("I'm"): the pronoun is what comes before.
  const pronoun = head.normal.split("'")[0] ?? head.normal
  if (pronoun === 'they') return 'other'
  // "IT won't let us": an acronym is a department, not the pronoun.
  if (/^[A-Z]{2,}$/.test(head.text)) return 'other'
  if (OWN_SIDE.has(pronoun)) {
    // "You lot" and "your lot" point at others; a generic "you" is the writer's side.
    return words.some((token) => token.normal === 'lot') ? 'other' : 'own'
  }
  if (NO_ONE_IN_PARTICULAR.has(head.normal) && words.length === 1) return 'none'
  if (head.normal === 'no' || NEGATIVE_SUBJECTS.has(head.normal)) return 'other'
  // "My GP" is someone the writer deals with; "my son" mostly is not blamed, and the praise
  // and sentiment rules below sort out the rest.
  return 'other'
}

function hasPartyMarker(subject: readonly Token[]): boolean {
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

function phraseOf(subject: readonly Token[], predicate: readonly Token[], upTo: number): string {
  const words = [...subject, ...predicate.slice(0, upTo + 1)]
    .filter((token) => token.pos !== 'SCONJ')
    .map((token) => token.text)
  return words
    .join(' ')
    .replace(/ (n't|'s|'re|'ve|'ll|'d)\b/gi, '$1')
    .toLowerCase()
}

function textOf(tokens: readonly Token[]): string {
  return tokens
    .map((token) => token.text)
    .join(' ')
    .replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
    .replace(/\b(wo|ca)n't/gi, (match) => match)
}

/** A word the lexicon rates as blaming: strongly negative, or a mildly negative action. */
const isNegative = (token: Token) =>
  token.valence <= -2 || (token.valence < 0 && token.pos === 'VERB')

/** Reads what kind of blame, if any, a predicate carries; index of the word that showed it. */
function readPredicate(
  whole: readonly Token[],
  subject: readonly Token[],
): { kind: CueKind; at: number } | null {
  const mainVerb = whole.findIndex((token) => token.pos === 'VERB')
  const firstVerb = whole[mainVerb]
  // A report of what someone said, thought or wanted: what they said is not read as theirs.
  const reports = firstVerb !== undefined && REPORTING.has(firstVerb.lemma)
  const predicate = reports ? whole.slice(0, mainVerb + 2) : whole
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
    const scope = predicate.slice(negation + 1)
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
  const copula =
    !firstVerb ||
    passive ||
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
    // "without telling me", "without a plan": an act left out. "arrive without breakfast" is not.
    if (
      OMISSION.has(token.normal) &&
      next &&
      index > 0 &&
      (next.pos === 'VERB' || next.pos === 'DET')
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
    // "keep changing", "kept sending": doing it again and again.
    if (token.lemma === 'keep' && next?.normal.endsWith('ing')) return { kind: 'blame', at: index }
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
      if (object && particle && DISMISSING.has(particle.normal)) return { kind: 'blame', at: index }
      const target = predicate[index + 3]
      if (
        !object &&
        particle &&
        DISMISSING.has(particle.normal) &&
        predicate[index + 2] &&
        ['to', 'on', 'at'].includes(predicate[index + 2]!.normal) &&
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
  return null
}

/** Finds the clauses of one tagged sentence that blame or make demands of another party. */
export function findCues(tokens: readonly Token[]): Cue[] {
  const words = tokens.filter((token) => token.pos !== 'PUNCT')
  const first = words[0]
  const second = words[1]
  // The writer's own proposal or wish ("we could…", "I hope…", "let's…") is aimed at no one.
  if (first && OWN_SIDE.has(first.normal) && second && PROPOSAL_MODALS.has(second.lemma)) return []
  if (
    first &&
    ['could', 'can', 'shall', 'should', 'might'].includes(first.normal) &&
    second &&
    ['we', 'i'].includes(second.normal)
  )
    return []
  const cues: Cue[] = []
  // "Why won't they…", "why do doctors…": blame put as a question.
  if (first?.normal === 'why' && second && second.pos === 'AUX') {
    const rest = words.slice(2)
    const subjectEnd = rest.findIndex((token) => isVerbal(token) || token.pos === 'ADV')
    const subject = rest.slice(0, subjectEnd < 0 ? rest.length : subjectEnd)
    if (subject.length > 0 && classifySubject(subject) === 'other') {
      const predicate = rest.slice(subject.length)
      cues.push({
        kind: 'question',
        subject: textOf(subject),
        predicate: textOf(predicate),
        phrase: phraseOf([first, second, ...subject], [], -1),
        predicateAt: predicate[0] ? tokens.indexOf(predicate[0]) : tokens.length,
      })
      return cues
    }
  }
  const isQuestion = tokens.some((token) => token.normal === '?')
  let inherited: { subject: Token[]; party: Party } | null = null
  let previous: Token[] = []
  let reported = false
  for (const clause of splitClauses(tokens)) {
    const body = clause.filter((token) => token.pos !== 'SCONJ' && token.normal !== 'then')
    // What someone was said or found to do ("they found that reminders cut…") is their report.
    const isReport = reported
    const lastBody = previous
    previous = body
    const mainVerb = body.find((token) => token.pos === 'VERB')
    // Only a clause that ends at its reporting verb ("they found | that…") has its report next.
    reported =
      mainVerb !== undefined &&
      REPORTING.has(mainVerb.lemma) &&
      body.indexOf(mainVerb) >= body.length - 2 &&
      !body.some(isNegator)
    if (isReport) continue
    let verbAt = body.findIndex(isVerbal)
    // "Continuing care took…": a participle before a noun is part of the subject.
    if (verbAt === 0 && body[0]!.normal.endsWith('ing') && body[1]?.pos === 'NOUN') {
      verbAt = body.findIndex((token, index) => index > 1 && isVerbal(token))
    }
    // "They never call", "GPs only care": adverbs before the verb belong to the predicate.
    while (verbAt > 0 && (body[verbAt - 1]!.pos === 'ADV' || body[verbAt - 1]!.pos === 'PART'))
      verbAt--
    if (verbAt < 0) {
      if (body.length > 0) inherited = { subject: body, party: classifySubject(body) }
      continue
    }
    let subject = body.slice(0, verbAt)
    // "Patients who miss…": a relative pronoun stands for the noun before it.
    // Only a subject's relative clause is read: one about an object ("to someone who is
    // crying") describes, it does not blame.
    if (subject.length === 1 && RELATIVES.has(subject[0]!.normal)) {
      if (lastBody.some(isVerbal)) continue
      const antecedent = [...lastBody]
        .reverse()
        .find((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos))
      subject = antecedent ? [antecedent] : []
    }
    let party = classifySubject(subject)
    // "How can we reach people who…?": the writer's own question blames no one.
    if (party === 'own' && isQuestion) return []
    if (party === 'none' && subject.every((t) => t.pos === 'ADV') && inherited) {
      subject = inherited.subject
      party = inherited.party
    }
    if (party === 'none' && NEGATIVE_SUBJECTS.has(subject[0]?.normal ?? '')) party = 'other'
    inherited = { subject, party }
    if (party !== 'other') continue
    const predicate = body.slice(verbAt)
    const nobody = subject.some(
      (token) =>
        NEGATIVE_SUBJECTS.has(token.normal) || (token.normal === 'no' && subject.length > 1),
    )
    const reading =
      nobody && !predicate.some((t) => t.valence < 0)
        ? { kind: 'refusal' as const, at: 0 }
        : readPredicate(predicate, subject)
    if (!reading) continue
    cues.push({
      kind: reading.kind,
      subject: textOf(subject),
      predicate: textOf(predicate),
      phrase: phraseOf(subject, predicate, reading.at),
      predicateAt: predicate[0] ? tokens.indexOf(predicate[0]) : tokens.length,
    })
  }
  return cues
}

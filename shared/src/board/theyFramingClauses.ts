import type { Token } from './theyFramingTokens'
import {
  OWN_SIDE,
  NO_ONE_IN_PARTICULAR,
  NEGATIVE_SUBJECTS,
  REPORTING,
  CLAUSE_OPENERS,
  PROPOSAL_MODALS,
  RELATIVES,
  KIN,
  KIN_GROUPS,
  PARTY_POSSESSIVES,
  isVerbal,
  isNegator,
} from './theyFramingWords'
import { readPredicate, type CueKind } from './theyFramingPredicate'
import { readImperative, readPassiveAgent, retagHiddenVerb } from './theyFramingVoice'

// The grammar of "they" framing. A clause is read as a subject (the words before its first
// verb) and a predicate (the rest). It is "they" framing when the subject is a party other than
// the writer's own side and the predicate blames, complains, refuses, fails or demands. The
// predicate's open-class words are judged by the sentiment lexicon, never by a list of verbs; the
// only words named here are closed classes of English (pronouns, modals, negators, conjunctions,
// a few prepositions), which is what keeps the rules working on parties and verbs never seen.

export type { CueKind }

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
  // "Dad fell twice", "my son refuses to go": the one the writer speaks for is their side;
  // "parents" and "families" are groups that others may blame.
  const noun = words.findLast((token) => token.pos === 'NOUN' || token.pos === 'PROPN')
  const isRelative = noun && KIN.has(noun.normal) && !KIN_GROUPS.has(noun.normal)
  if (isRelative && words.every((t) => !PARTY_POSSESSIVES.has(t.normal))) return 'own'
  if (head.normal === 'no' || NEGATIVE_SUBJECTS.has(head.normal)) return 'other'
  // "My GP" is someone the writer deals with; "my son" mostly is not blamed, and the praise
  // and sentiment rules below sort out the rest.
  return 'other'
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

/** Finds the clauses of one tagged sentence that blame or make demands of another party. */
export function findCues(tagged: readonly Token[]): Cue[] {
  // "You lot", "them lot": the tagger reads "lot" as a verb; it is the end of the subject.
  const tokens = tagged.map((token, index) =>
    token.normal === 'lot' && ['you', 'your', 'them'].includes(tagged[index - 1]?.normal ?? '')
      ? { ...token, pos: 'NOUN' }
      : token,
  )
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
  // "Give us a named worker", "Don't send me home": an order to another party.
  const imperative = readImperative(words, isQuestion)
  if (imperative) {
    const predicate = words.slice(imperative.verbAt)
    cues.push({
      kind: imperative.forbids ? 'blame' : 'demand',
      subject: '',
      predicate: textOf(predicate),
      phrase: phraseOf(words.slice(0, imperative.verbAt), predicate, 0),
      predicateAt: tokens.indexOf(predicate[0]!),
    })
  }
  let inherited: { subject: Token[]; party: Party } | null = null
  let previous: Token[] = []
  let reported = false
  let lastAgent: Token[] | null = null
  for (const clause of splitClauses(tokens)) {
    const body = retagHiddenVerb(
      clause.filter((token) => token.pos !== 'SCONJ' && token.normal !== 'then'),
    )
    // What someone was said or found to do ("they found that reminders cut…") is their report.
    const isReport = reported
    const lastBody = previous
    const agentBefore = lastAgent
    lastAgent = null
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
    // "One shared crisis plan…", "a joined-up record": a participle between a determiner or a
    // number and a noun describes the noun; the clause is a noun phrase, not a party acting.
    if (
      verbAt === 1 &&
      ['DET', 'NUM'].includes(body[0]!.pos) &&
      /(ed|en)$/.test(body[1]!.normal) &&
      body[2]?.pos === 'NOUN'
    ) {
      verbAt = body.findIndex((token, index) => index > 2 && isVerbal(token))
    }
    // "They never call", "GPs only care": adverbs before the verb belong to the predicate.
    while (verbAt > 0 && (body[verbAt - 1]!.pos === 'ADV' || body[verbAt - 1]!.pos === 'PART'))
      verbAt--
    if (verbAt < 0) {
      if (body.length > 0) inherited = { subject: body, party: classifySubject(body) }
      continue
    }
    let subject = body.slice(0, verbAt)
    // The main clause's predicate, when this clause says more about its object.
    let lead: Token[] = []
    // "Patients who miss…": a relative pronoun stands for the noun before it. After a verb
    // it stands for an object, and what it says of the object is said of the clause's party
    // ("the agency sends carers who can't speak to him"), or of no one ("to someone who is
    // crying") when that clause had no party to blame.
    if (subject.length === 1 && RELATIVES.has(subject[0]!.normal)) {
      if (agentBefore) {
        // "by a doctor who never examined me": the relative stands for the agent.
        subject = agentBefore
      } else if (lastBody.some(isVerbal)) {
        if (inherited?.party !== 'other') continue
        subject = inherited.subject
        lead = lastBody.slice(lastBody.findIndex(isVerbal))
      } else {
        const antecedent = [...lastBody]
          .reverse()
          .find((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos))
        subject = antecedent ? [antecedent] : []
      }
    }
    let party = classifySubject(subject)
    // "How can we reach people who…?": the writer's own question blames no one.
    if (party === 'own' && isQuestion) return []
    let sharedWith: Token[] = []
    if (party === 'none' && subject.every((t) => t.pos === 'ADV') && inherited) {
      subject = inherited.subject
      party = inherited.party
      sharedWith = lastBody
    }
    if (party === 'none' && NEGATIVE_SUBJECTS.has(subject[0]?.normal ?? '')) party = 'other'
    let predicate = [...lead, ...body.slice(lead.length > 0 ? 0 : verbAt)]
    // "I was sent home by a doctor": the party after "by" did it.
    const active = lead.length > 0 ? null : readPassiveAgent(body, body.findIndex(isVerbal))
    if (active && classifySubject(active.agent) === 'other') {
      subject = active.agent
      party = 'other'
      predicate = active.predicate
      lastAgent = active.agent
    }
    inherited = { subject, party }
    if (party !== 'other') continue
    const nobody = subject.some(
      (token) =>
        NEGATIVE_SUBJECTS.has(token.normal) || (token.normal === 'no' && subject.length > 1),
    )
    const reading =
      nobody && !predicate.some((t) => t.valence < 0)
        ? { kind: 'refusal' as const, at: 0 }
        : readPredicate(
            predicate,
            subject,
            sharedWith,
            tokens.slice(tokens.indexOf(clause.at(-1)!) + 1),
          )
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

import type { Token } from './theyFramingTokens'
import {
  COPULAS,
  DURATIONS,
  NO_ONE_IN_PARTICULAR,
  OWN_SIDE,
  PROPOSAL_MODALS,
  PROPOSING_IMPERATIVES,
  RELATIVES,
  isNegator,
  wordSet,
} from './theyFramingWords'

// Mood and voice: the two shapes in which the party blamed is not the clause's grammatical
// subject. An imperative speaks to the party ("Give us a named worker"); a passive names it
// after "by" ("I was sent home by a doctor").

/** An imperative's verb and whether it forbids ("Don't…", "Stop…") rather than asks. */
export interface Imperative {
  readonly verbAt: number
  readonly forbids: boolean
}

const OBJECT_PRONOUNS = wordSet('me us him her them it')
const PARTICLES = wordSet('out up off down back over')

// The tagger reads a capitalised verb that opens a sentence as a noun ("Sort out the…",
// "Answer the phone"): a bare singular noun straight before an article or an object is a verb.
function isOpeningVerb(token: Token, next: Token | undefined): boolean {
  if (token.pos === 'VERB') return token.normal === token.lemma && !token.normal.endsWith('ing')
  if (token.pos !== 'NOUN' && token.pos !== 'PROPN') return false
  if (token.normal !== token.lemma || !next) return false
  return next.pos === 'DET' || OBJECT_PRONOUNS.has(next.normal) || PARTICLES.has(next.normal)
}

/**
 * Reads a sentence (its words, punctuation left out) as an order given to another party, or
 * returns null: proposals the group makes to itself ("Let's…", "Imagine…", "Ask residents…"),
 * wishes with a dropped "I" ("Need more time"), thanks and questions are not orders.
 */
export function readImperative(words: readonly Token[], isQuestion: boolean): Imperative | null {
  if (isQuestion) return null
  let at = words[0]?.normal === 'please' ? 1 : 0
  let forbids = false
  if (words[at]?.lemma === 'do' && words[at + 1] && isNegator(words[at + 1]!)) {
    forbids = true
    at += 2
  }
  const verb = words[at]
  if (!verb || !isOpeningVerb(verb, words[at + 1])) return null
  if (PROPOSING_IMPERATIVES.has(verb.lemma) || PROPOSAL_MODALS.has(verb.lemma)) return null
  if (COPULAS.has(verb.lemma)) return null
  // "Keep up the good work": encouragement, unless it forbids something.
  if (!forbids && words.some((t) => t.valence > 0) && !words.some((t) => t.valence < 0)) return null
  return { verbAt: at, forbids: forbids || verb.lemma === 'stop' }
}

/** A passive clause's agent and its predicate read in the active ("a doctor | sent me home"). */
export interface ActiveReading {
  readonly agent: Token[]
  readonly predicate: Token[]
}

const AS_OBJECT: Readonly<Record<string, string>> = { i: 'me', we: 'us', he: 'him', she: 'her' }

/**
 * Reads "I was sent home by a doctor" as "a doctor sent me home": a form of "be" or "get", a
 * participle, and "by" with a noun phrase. Returns null for any other clause, and for "by"
 * with a time or a means ("by Friday", "by phone"), whose noun is no party acting.
 */
export function readPassiveAgent(body: readonly Token[], verbAt: number): ActiveReading | null {
  const auxiliary = body[verbAt]
  if (!auxiliary || !['be', 'get'].includes(auxiliary.lemma)) return null
  let participleAt = verbAt + 1
  while (body[participleAt]?.pos === 'ADV') participleAt++
  const participle = body[participleAt]
  if (participle?.pos !== 'VERB' || participle.normal.endsWith('ing')) return null
  const by = body.findIndex((token, index) => index > participleAt && token.normal === 'by')
  if (by < 0) return null
  const agentEnd = body.findIndex(
    (token, index) =>
      index > by && (RELATIVES.has(token.normal) || token.pos === 'VERB' || token.pos === 'ADP'),
  )
  const agent = body.slice(by + 1, agentEnd < 0 ? body.length : agentEnd)
  const head = agent[agent.length - 1]
  // "moved by what the carers said": what someone did, not someone, is the agent.
  if (NO_ONE_IN_PARTICULAR.has(agent[0]?.normal ?? '')) return null
  if (!head || !['NOUN', 'PROPN', 'PRON'].includes(head.pos) || OWN_SIDE.has(head.normal)) {
    return null
  }
  // "by phone", "by the end of May": a bare singular noun is a means, an end a time.
  if (agent.length === 1 && head.pos === 'NOUN' && head.normal === head.lemma) return null
  if (DURATIONS.has(head.lemma) || ['end', 'time', 'start'].includes(head.lemma)) return null
  const patient = body.slice(0, verbAt).map((token) => {
    const pronoun = AS_OBJECT[token.normal]
    return pronoun ? { ...token, text: pronoun, normal: pronoun, lemma: pronoun } : token
  })
  return {
    agent,
    predicate: [
      participle,
      ...patient,
      ...body.slice(participleAt + 1, by),
      ...body.slice(agentEnd < 0 ? body.length : agentEnd),
    ],
  }
}

/**
 * Repairs a clause the tagger read without a verb because its verb looks like a noun ("the care
 * workers rush Mum", "the team talk down to parents", "agencies move children"): a bare noun
 * straight after the subject's noun and before an article, a pronoun, a name, a particle or a
 * plural noun is the verb, and so is a noun in -s after a singular party ("finance blocks every
 * request") before an article or a pronoun.
 */
export function retagHiddenVerb(body: Token[]): Token[] {
  const at = body.findIndex((token, index) => {
    const before = body[index - 1]
    const next = body[index + 1]
    if (index === 0 || token.pos !== 'NOUN' || !next) return false
    if (before!.pos !== 'NOUN' && before!.pos !== 'PROPN') return false
    if (body.slice(0, index).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false
    // "agencies move", or after a singular party "finance blocks", "the manager changes".
    const bare = token.normal === token.lemma
    const agrees = !bare && before!.normal === before!.lemma && token.normal.endsWith('s')
    if (!bare && !agrees) return false
    if (!bare && next.pos !== 'DET' && next.pos !== 'PRON') return false
    return (
      ['DET', 'PRON', 'PROPN'].includes(next.pos) ||
      PARTICLES.has(next.normal) ||
      (next.pos === 'NOUN' && next.normal !== next.lemma)
    )
  })
  if (at < 0) return body
  return body.map((token, index) => (index === at ? { ...token, pos: 'VERB' } : token))
}

import type { Token } from './theyFramingTokens'
import type { Cue } from './theyFramingClauses'
// "My son", "your mum": the person the writer speaks for is, to the group, one of "people".
import { KIN as RELATIONS, wordSet } from './theyFramingWords'

// The "we" half of a reframe, written from the tagged sentence that was flagged. It turns the
// refused or demanded action into something the group could do ("they never listen to carers"
// → "we could make sure we listen to carers"), and anything else into the topic the note is
// about, so that no blaming word is quoted back and no "they" survives.

const MAX_SUGGESTION_CHARS = 120
const MAX_ACTION_WORDS = 12

// Said of the writer or of anyone ("you"), these become "people" once the group speaks.
const PEOPLE_WORDS: Readonly<Record<string, string>> = {
  me: 'people',
  us: 'people',
  you: 'people',
  him: 'people',
  her: 'people',
  them: 'people',
  they: 'people',
  he: 'people',
  she: 'people',
  i: 'people',
  themselves: 'people',
  yourself: 'people',
  myself: 'people',
  "i'm": 'people are',
  "you're": 'people are',
  "they're": 'people are',
}
const POSSESSIVES = wordSet('my your our their his her')
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nobody', 'nothing'])
const LEADING = wordSet(
  'not never ever even just only really still once always actually constantly to no longer',
)
// Where the action ends: a conjunction, or a clause of order or condition ("read the care plan
// before they see you": the group can read the plan; the rest is the complaint's setting).
const ACTION_ENDS = wordSet(
  'because but so unless until and like instead or without then though although before after while if',
)
const TOPIC_SKIPS = wordSet(
  'time times way lot thing things hour hours day days week weeks month months year years minute minutes age ages everyone everything anything nothing something one',
)
// The people a service is for, spoken of as a group. When they are the ones said not to do
// something ("patients don't turn up"), the group's part is to make it easier for them.
const SERVED_GROUPS = wordSet(
  'people families carers patients parents children residents tenants relatives users clients neighbours pupils students kids women men teenagers',
)

// Groups a rewrite speaks of as people to hear, not things to look at. Only the wording of the
// suggestion depends on it, never whether a note is flagged.
const PEOPLE_GROUPS = wordSet(
  'people families carers patients parents children residents tenants relatives staff nurses doctors users clients neighbours pupils students kids women men teenagers',
)

const isBlameWord = (token: Token) =>
  token.valence < 0 && (token.pos === 'VERB' || token.pos === 'ADJ' || token.pos === 'ADV')

function join(words: readonly string[]): string {
  return words
    .join(' ')
    .replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
    .replace(/ - /g, '-')
    .replace(
      /\bpeople (is|was|has)\b/g,
      (_, verb: string) => `people ${{ is: 'are', was: 'were', has: 'have' }[verb]}`,
    )
    .replace(/\bpeople's\b(?= people)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The words of tokens, each person the writer means turned into "people". */
function speakOfPeople(tokens: readonly Token[]): string[] {
  const words: string[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const next = tokens[index + 1]
    if (POSSESSIVES.has(token.normal) && next && RELATIONS.has(next.normal)) {
      words.push('people')
      index++
    } else if (POSSESSIVES.has(token.normal)) {
      words.push("people's")
    } else if (token.normal === "'re" || token.normal === "'m") {
      words.push('are')
    } else {
      words.push(PEOPLE_WORDS[token.normal] ?? token.text)
    }
  }
  return words
}

/** The action a refusal or demand names, as a bare verb phrase, or null if it has none. */
function actionOf(rest: readonly Token[], cue: Cue): Token[] | null {
  let start = 0
  while (start < rest.length) {
    const token = rest[start]!
    const skippable =
      token.pos === 'AUX' ||
      token.pos === 'PART' ||
      LEADING.has(token.normal) ||
      (cue.kind === 'demand' &&
        ['need', 'needs', 'have', 'has', 'got', 'ought'].includes(token.normal)) ||
      (token.lemma === 'bother' && rest[start + 1]?.normal === 'to')
    if (!skippable) break
    start++
  }
  const verb = rest[start]
  if (
    !verb ||
    verb.pos !== 'VERB' ||
    verb.lemma === 'stop' ||
    verb.lemma === 'keep' ||
    verb.lemma === 'bother'
  )
    return null
  let end = start + 1
  while (end < rest.length && end - start < MAX_ACTION_WORDS) {
    const token = rest[end]!
    // A hyphen joins a word ("follow-up"); other punctuation ends the action.
    const joins = token.normal === "'" || token.normal === '-'
    if ((token.pos === 'PUNCT' && !joins) || ACTION_ENDS.has(token.normal)) break
    end++
  }
  const action = [{ ...verb, text: verb.lemma }, ...rest.slice(start + 1, end)]
  const clean = !action.some((token) => isBlameWord(token) || NEGATORS.has(token.normal))
  return clean ? action : null
}

function subjectForWorkingWith(cue: Cue): string | null {
  const subject = cue.subject.replace(/^(?:their|the|those|these|them)\s+/i, 'the ').trim()
  if (/^(?:they|them|you lot|the lot|nobody|no one|people|everyone)\b/i.test(subject)) return null
  if (subject.length === 0 || subject.length > 40) return null
  return /^the /i.test(subject) || /^[A-Z]{2,}/.test(subject)
    ? subject.replace(/^The /, 'the ')
    : subject.toLowerCase()
}

/** The noun the note is about: the first one in its predicate, else the party's own thing. */
function topicOf(
  tokens: readonly Token[],
  cue: Cue | null,
): { words: string; isPeople: boolean; isParty: boolean } | null {
  // Without a cue, what comes after the first verb is still more the topic than the subject.
  const firstVerb = tokens.findIndex((token) => token.pos === 'VERB')
  const from = cue ? cue.predicateAt : Math.max(0, firstVerb)
  const candidates = [...tokens.slice(from), ...tokens.slice(0, from)]
  const partyFrom = tokens.length - from
  for (let index = 0; index < candidates.length; index++) {
    const token = candidates[index]!
    if (token.pos !== 'NOUN' || TOPIC_SKIPS.has(token.normal) || token.valence < -1) continue
    if (PEOPLE_WORDS[token.normal] || RELATIONS.has(token.normal)) continue
    const words = [token.normal]
    let before = index - 1
    while (
      before >= 0 &&
      ['NOUN', 'PROPN'].includes(candidates[before]!.pos) &&
      !TOPIC_SKIPS.has(candidates[before]!.normal)
    ) {
      words.unshift(candidates[before]!.normal)
      before--
    }
    let after = index + 1
    while (after < candidates.length && candidates[after]!.pos === 'NOUN' && words.length < 3) {
      words.push(candidates[after]!.normal)
      after++
    }
    const head = words[words.length - 1]!
    const plural = head.endsWith('s') && !head.endsWith('ss')
    const isPeople = PEOPLE_GROUPS.has(head)
    const quantified = ['every', 'each', 'all', 'any'].includes(candidates[before]?.normal ?? '')
    const text = words.join(' ')
    const phrase = plural ? text : quantified ? `${text}s` : `the ${text}`
    return { words: phrase, isPeople, isParty: cue !== null && index >= partyFrom }
  }
  return null
}

function capLength(sentence: string): string {
  const ended = `${sentence.trim().replace(/[\s,:;.!?]+$/, '')}.`
  if (ended.length <= MAX_SUGGESTION_CHARS) return ended
  return `${ended.slice(0, MAX_SUGGESTION_CHARS - 1).replace(/\s+\S*$/, '')}…`
}

function rewriteTopic(tokens: readonly Token[], cue: Cue | null): string {
  const topic = topicOf(tokens, cue)
  if (!topic) return 'We could work on this together'
  // The only noun is the party's own: the group works with them, it does not look them over.
  if (topic.isParty) return `We could work with ${topic.words} on what would help`
  if (topic.isPeople) return `We could make sure ${topic.words} are heard and supported`
  return `We could look at ${topic.words} together and agree what would help`
}

function rewriteUnflagged(tokens: readonly Token[]): string {
  const words = tokens.filter((token) => token.pos !== 'PUNCT')
  const [first, second, third] = words
  if (first?.normal === 'we' && second?.normal === 'could') {
    return `We could ${join(speakOfPeople(words.slice(2)))}`
  }
  if (
    first &&
    ['could', 'can', 'should', 'shall'].includes(first.normal) &&
    second?.normal === 'we'
  ) {
    return `We could ${join(speakOfPeople(words.slice(2)))}`
  }
  if (
    first &&
    ['i', 'we'].includes(first.normal) &&
    second &&
    ['hope', 'wish'].includes(second.normal)
  ) {
    const rest = words.slice(third?.normal === 'that' ? 3 : 2)
    if (!rest.some(isBlameWord))
      return `We could work together so that ${join(speakOfPeople(rest))}`
  }
  return rewriteTopic(tokens, null)
}

/** Writes a "We could …" sentence for one tagged sentence and the cue found in it, if any. */
export function rewriteAsWe(tokens: readonly Token[], cue: Cue | null): string {
  if (!cue) return capLength(rewriteUnflagged(tokens))
  const rest = tokens.slice(cue.predicateAt)
  const action = cue.kind === 'blame' ? null : actionOf(rest, cue)
  if (!action) return capLength(rewriteTopic(tokens, cue))
  const phrase = join(speakOfPeople(action))
  if (cue.kind === 'demand') {
    const party = subjectForWorkingWith(cue)
    return capLength(party ? `We could work with ${party} to ${phrase}` : `We could ${phrase}`)
  }
  const served = servedGroupOf(cue)
  if (served) return capLength(`We could make it easier for ${served} to ${phrase}`)
  return capLength(`We could make sure we ${phrase}`)
}

/** The served group a cue's subject names ("Patients", "the families"), lower-cased, or null. */
function servedGroupOf(cue: Cue): string | null {
  const words = cue.subject.toLowerCase().replace(/^(?:the|those|these|some|most|many)\s+/, '')
  const head = words.split(/\s+/).pop() ?? ''
  return words.length > 0 && words.length <= 30 && SERVED_GROUPS.has(head) ? words : null
}

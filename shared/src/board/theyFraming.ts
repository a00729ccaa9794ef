/** Whether a note blames or makes demands of another party, and the phrases that showed it. */
export interface TheyFramingResult {
  /** True when any sentence of the note blames or makes demands of another party. */
  readonly isTheyFraming: boolean
  /** The matched phrases, lower-cased, in the order they appear ("they never", "the council should"). */
  readonly cues: string[]
}

type CueKind = 'demand' | 'absolute' | 'blame' | 'negation' | 'nobody' | 'why'

// One match inside one sentence; the rewrite needs its parts, the detector only its phrase.
interface Cue {
  readonly kind: CueKind
  /** What the UI shows, lower-cased: "the council should". */
  readonly phrase: string
  /** The party as typed ("The council"); for "nobody" cues, where they are ("at the surgery"). */
  readonly subject: string
  /** The blaming word or words as typed ("should", "won't", "keep losing"). */
  readonly predicate: string
  readonly sentence: string
  /** Offsets of the whole match within the sentence. */
  readonly start: number
  readonly end: number
}

// Runs on every keystroke: nothing past this is read, and every pattern below is a bounded
// alternation of literal words, so matching stays linear in the (capped) input.
const MAX_ANALYSED_CHARS = 2000
const MAX_SUGGESTION_CHARS = 300

const oneOf = (words: readonly string[]): string => `(?:${words.join('|')})`

const PARTIES = oneOf([
  // Pronouns and put-downs; "they" only as a subject, since the predicate must follow it.
  "they(?:'re|'ve|'ll)?|them upstairs|them lot|you lot",
  // Institutions and departments.
  'council|local authority|government|system|nhs|trusts?|hospitals?|wards?|teams?|services?',
  'social care|housing|surgery|practice|pharmacy|clinics?|crisis line|jobcentre|dwp|ccg|icb',
  'unions?|voluntary sector|agency|agencies|hr|it department|department|politicians?',
  // Staff and decision makers.
  'management|managers?|doctors?|nurses?|gps?|clinicians?|consultants?|psychiatrists?',
  'receptionists?|social workers?|staff|providers?|funders?|commissioners?|assessors?|officers?',
  'coordinators?|workers|therapists?|paramedics|police|landlords?|councillors?|pharmacists?',
  'midwives|admin',
  // People who use services, spoken of as a group.
  'patients?|service users|clients?|family|families|carers?|relatives?|people',
])

// Named groups, tried in this order: "shouldn't" is a demand before it is a negation.
const PREDICATES = [
  "(?<demand>should(?:n't| not)?|must(?:n't| not)?|ought to|needs? to|(?:has|have|had) to|(?:has|have) got to)",
  // "They kept me informed" is praise; only "keep(s) doing" is the complaint.
  '(?<absolute>always|(?:keeps?|kept) (?:on )?[a-z]+ing|only|just|constantly|continually|forever)',
  '(?<blame>treats? (?:you|us|me|people|patients) like|talks? (?:about|to|down to) (?:you|us|me|people) like|acts? like|makes? you|pass(?:es)? you|puts? you on hold|(?:fob|brush)(?:s|bed|ed)? (?:you|us|me|people) off|rush(?:es|ed)? (?:you|us|me|people|everyone|patients)|(?:lose|loses|lost) (?:my|your|our|his|her|the)|(?:is|are|was|were) too|expects?|takes? (?:months|weeks|ages|forever|years)|blocks?|resists?|ignores?|ignored)',
  "(?<negation>(?:do|does|did|is|are|was|were|has|have|had|would|could|will)(?:n't| not)|won't|can't|cannot|never|not|no longer|(?:has|have|had) (?:never|no idea|no clue)|refuses?|refused|fail(?:s|ed)? to)",
].join('|')

// One modifier is kept so the cue reads "the crisis team won't", not "team won't".
const DETERMINER = '(?:(?:the|those|these|all the|most|some) (?:[\\w&-]+ )?)?'
const QUALIFIER = '(?: (?:on|at|in|from) the [\\w&-]+)?'
const ADVERB =
  '(?: (?:just|still|really|even|all|simply|actually|also|usually|then|clearly|literally))'

// "our team" is the writer's own side, so it is never someone else to blame.
const PARTY_CUE = new RegExp(
  `(?<!\\bour )\\b(${DETERMINER}${PARTIES}${QUALIFIER})${ADVERB}{0,2} (?:${PREDICATES})\\b`,
  'gi',
)
// "Why won't they…" puts the blame before the subject.
const WHY_CUE = new RegExp(
  `\\bwhy ((?:do|does|did|is|are|has|have|would|could|wo|ca)n't) (${DETERMINER}${PARTIES})\\b`,
  'gi',
)
const NOBODY_CUE = new RegExp(
  `\\b(?:nobody|no one|no-one)(${QUALIFIER})(?: (?:ever|really|actually|even))? ([a-z]{2,}(?:s|ed))\\b`,
  'gi',
)

// Sentences that open as the writer's own proposal or wish are not aimed at anyone.
const PROPOSAL_OPENING =
  /^(?:(?:we|i)(?:'d| would| could| can| might| should| will| need to| want to| hope| wonder| wish)|(?:could|can|should|shall|might) we|how (?:do|can|could|might|would|should) we|what if|let's|it would help)\b/i

// Read against the predicate and what follows it: wordings that look like blame but are not.
const INNOCENT_READINGS: readonly RegExp[] = [
  /^(?:should|must)(?:n't| not) have to\b/i, // an entitlement: "carers shouldn't have to fight"
  /^needs? to (?:know|feel|have|get|be told|be heard|be involved|be supported|be listened to|hear|see)\b/i,
  /^(?:has|have|had) to (?:wait|fight|chase|repeat|ring|phone|travel|explain|queue|struggle|cope|go through|deal with)\b/i,
  /^never (?:once )?(?:made|make|makes) (?:me|us|anyone) feel (?:rushed|judged|stupid|silly|small|unwelcome|like a burden)\b/i,
  /^never (?:let|lets) (?:me|us) down\b/i,
  /^always (?:made|make|makes|found|find|had|have) (?:the )?time\b/i,
  /^always (?:there|happy to|kind|lovely|welcoming|helpful|friendly|patient|on time|rings? back)\b/i,
  /^always (?:asked|listened|listens|checked|checks|explained|explains|included|remembered|smiled|supported|encouraged)\b/i,
]

const COLLECTIVE_SUBJECT = /^(?:they|them|you lot|those people|these people)\b/i
const DO_NEGATION =
  /^(?:(?:do|does|did|would|could|will|ca|wo)(?:n't| not)|never|cannot|refuses?|refused|fail(?:s|ed)? to)$/i
const CLAUSE_BREAK = /,| and then | and | but | because | so that | – | - /
const LEADING_FILLER = /^(?:(?:even|really|actually|ever|bother to|be bothered to|to) )+/i
const SOFTENED_ABSOLUTES = /\b(?:always|constantly|continually|forever|just) /gi

function normalise(text: string): string {
  return text
    .slice(0, MAX_ANALYSED_CHARS)
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[^\S\n]+/g, ' ')
}

function splitSentences(text: string): string[] {
  return text
    .split(/[.!?;\n]+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
}

function findCuesInSentence(sentence: string): Cue[] {
  if (PROPOSAL_OPENING.test(sentence)) return []
  const cues: Cue[] = []
  for (const match of sentence.matchAll(PARTY_CUE)) {
    const groups = match.groups ?? {}
    const kind = (['demand', 'absolute', 'blame', 'negation'] as const).find((k) => groups[k])
    const predicate = kind ? groups[kind] : undefined
    if (!kind || !predicate) continue
    const end = match.index + match[0].length
    const reading = predicate + sentence.slice(end)
    if (INNOCENT_READINGS.some((innocent) => innocent.test(reading))) continue
    const subject = match[1] ?? ''
    const phrase = `${subject} ${predicate}`.toLowerCase()
    cues.push({ kind, phrase, subject, predicate, sentence, start: match.index, end })
  }
  for (const match of sentence.matchAll(WHY_CUE)) {
    const [phrase, predicate = '', subject = ''] = match
    const end = match.index + phrase.length
    cues.push({
      kind: 'why',
      phrase: phrase.toLowerCase(),
      subject,
      predicate,
      sentence,
      start: match.index,
      end,
    })
  }
  for (const match of sentence.matchAll(NOBODY_CUE)) {
    const [phrase, qualifier = '', verb = ''] = match
    const end = match.index + phrase.length
    cues.push({
      kind: 'nobody',
      phrase: phrase.toLowerCase(),
      subject: qualifier,
      predicate: verb,
      sentence,
      start: match.index,
      end,
    })
  }
  return cues.sort((a, b) => a.start - b.start)
}

function findCues(text: string): Cue[] {
  return splitSentences(normalise(text)).flatMap(findCuesInSentence)
}

/** Finds third-person blame or demands in a note's first 2000 characters; cheap enough per keystroke. */
export function detectTheyFraming(text: string): TheyFramingResult {
  const cues = findCues(text).map((cue) => cue.phrase)
  return { isTheyFraming: cues.length > 0, cues }
}

function decapitalise(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text
}

function firstClause(text: string): string {
  return (text.split(CLAUSE_BREAK)[0] ?? '').trim().replace(LEADING_FILLER, '')
}

// Once "they" becomes "we", the writer's own "me" is someone the group is now serving.
function speakAsGroup(clause: string): string {
  return clause
    .replace(/\bI'm\b/g, "you're")
    .replace(/\b(?:I|me)\b/g, 'you')
    .replace(/\bmy\b/gi, 'your')
}

function capLength(body: string): string {
  const sentence = `${body.trim().replace(/[\s,:;.!?]+$/, '')}.`
  if (sentence.length <= MAX_SUGGESTION_CHARS) return sentence
  return `${sentence.slice(0, MAX_SUGGESTION_CHARS - 1).replace(/\s+\S*$/, '')}…`
}

function rewriteCue(cue: Cue): string {
  // A shouted note would otherwise be suggested back in capitals.
  const shouted = !/[a-z]/.test(cue.sentence)
  const sentence = shouted ? cue.sentence.toLowerCase() : cue.sentence
  const subject = decapitalise(shouted ? cue.subject.toLowerCase() : cue.subject)
  const rest = firstClause(sentence.slice(cue.end))
  const fromSubject = firstClause(sentence.slice(cue.start)).replace(SOFTENED_ABSOLUTES, '')
  const collective = COLLECTIVE_SUBJECT.test(subject)
  const fallback = `We could work together so that it no longer feels like ${decapitalise(fromSubject)}`
  switch (cue.kind) {
    case 'nobody': {
      const where = cue.subject ? `${cue.subject.trim()} ` : ''
      const verb = cue.predicate.endsWith('ed') ? `has ${cue.predicate}` : cue.predicate
      return `We could make sure someone ${where}${firstClause(`${verb}${sentence.slice(cue.end)}`)}`
    }
    case 'demand':
      // "should have checked" and "shouldn't" do not turn into a plain shared action.
      if (!rest || /n't| not$/i.test(cue.predicate) || /^have /i.test(rest)) return fallback
      return collective ? `We could ${rest}` : `We could work with ${subject} to ${rest}`
    case 'negation':
      if (collective && DO_NEGATION.test(cue.predicate) && rest.split(' ').length > 1) {
        return `We could make sure we ${speakAsGroup(rest)}`
      }
      return `We could find out why ${decapitalise(fromSubject)}`
    case 'absolute':
      return `We could find out why ${decapitalise(fromSubject)}`
    case 'why':
      return `We could find out why ${subject} ${cue.predicate.toLowerCase()} ${rest}`
    case 'blame':
      return fallback
  }
}

/** Suggests an editable, deterministic "We could …" opening (at most 300 characters) for a note. */
export function suggestWeFraming(text: string): string {
  const [cue] = findCues(text)
  if (cue) return capLength(rewriteCue(cue))
  const [sentence = ''] = splitSentences(normalise(text))
  const proposal = /^(?:we could|(?:could|can|should|shall) we) (.+)$/i.exec(sentence)
  if (proposal) return capLength(`We could ${proposal[1]}`)
  const wish = /^(?:i|we) (?:hope|wish)(?: that)? (.+)$/i.exec(sentence)
  if (wish) return capLength(`We could work together so that ${wish[1]}`)
  return capLength(
    sentence ? `We could talk about this together: ${sentence}` : 'We could work on this together',
  )
}

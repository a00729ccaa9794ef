import type { Token } from './theyFramingTokens'

// The closed classes of English that the "they" framing grammar reads: pronouns, modals,
// negators, conjunctions, a few verbs of saying and presuming, a few prepositions and particles.
// Open-class words (the parties, the verbs of blame) are never listed: the tagger and the
// sentiment lexicon judge those.

/** A set of words written as one space-separated string. */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(' '))

export const OWN_SIDE = wordSet('i me we us our ours myself ourselves you your let')
export const POSSESSIVE_DETERMINERS = new Set(['my', 'our', 'your'])
// Words that stand in a subject's place without naming anyone.
export const NO_ONE_IN_PARTICULAR = wordSet(
  'it this that there what which here these those things everything nothing something anything how where when whether',
)
export const NEGATIVE_SUBJECTS = new Set(['nobody', 'no-one', 'noone'])
export const NEGATORS = wordSet('not never no cannot nothing none nowhere')
export const DEMAND_MODALS = new Set(['should', 'must', 'ought'])
export const NEED_VERBS = wordSet('need have has had got')
// After "need to" / "have to" these make the subject someone in need, not someone told off:
// "patients need to know", "carers have to wait". Verbs of experience, not of action.
export const EXPERIENCING = wordSet(
  'know feel hear see get have be wait fight chase repeat ring phone travel explain queue struggle cope go deal',
)
export const REPORTING = wordSet('say tell explain ask write think find show agree hope wish want')
export const COPULAS = wordSet('be feel seem look become sound get')
// Closed-class words that turn a plain report into a complaint about how someone acted.
export const OMISSION = new Set(['without'])
export const RESTRICTING = new Set(['only', 'just'])
export const EXCESS = new Set(['too'])
export const ABSOLUTES = new Set(['always', 'constantly', 'forever', 'continually'])
// Verbs of presuming on others: said of another party, they are the complaint.
export const ATTITUDES = new Set(['expect', 'assume', 'insist', 'presume'])
// Particles of direction that, around the person acted on, put them aside.
export const DISMISSING = wordSet('off away home around round over down up')
export const DURATIONS = wordSet('hour day week month year age forever minute')
export const CLAUSE_OPENERS = wordSet('because when unless if although though while whereas')
export const PROPOSAL_MODALS = wordSet(
  'could can might would should will shall need want hope wonder wish like',
)
export const PARTY_POSSESSIVES = new Set(['their', 'his', 'her', 'its', "'s"])
export const OBJECTS_OF_CARE = wordSet('me us you him her them people everyone my our your')

export const RELATIVES = wordSet('who whom which that whose')
// The people a writer speaks for when they are acted on: "moved us", "rushed Mum", "read my
// notes". Kin words are a closed class; "you" is anyone, the writer included.
export const WRITERS_PEOPLE = wordSet('me us you him her')
export const KIN = wordSet(
  'son daughter mum mom dad mother father husband wife partner child children kids family brother sister parents grandson granddaughter nan gran grandad',
)
export const KIN_GROUPS = wordSet('family children kids parents')
// Prepositions that aim an act at a person: "shout at us", "talk over me", "hung up on me".
export const AIMED = wordSet('at over on')
// Verbs of plain dealing and care: done to the writer's side, they report, they do not blame
// ("rang me back", "helped us", "saw me within the hour", "kept me informed", "took him to A&E").
export const DEALING = wordSet(
  'help support listen call ring phone text email write give show offer tell ask see visit meet check treat thank welcome keep update refer teach train remind invite answer contact reassure greet inform assess examine admit bring let take drive walk pick collect weigh measure test scan dress wash feed bathe settle sit talk',
)
// Particles that send someone off whoever does it: "told me off", "turned us away".
export const SENDING_OFF = wordSet('off away')
// Imperatives the writer's own group would say to itself: a proposal, not a demand.
export const PROPOSING_IMPERATIVES = wordSet(
  'let imagine suppose consider try picture think remember come join ask thank',
)
// Counts of times and repeats: said of another party's doing, the complaint that it recurs.
export const REPEATS = new Set(['again', 'twice', 'repeatedly'])

/** A verb or an auxiliary. */
export const isVerbal = (token: Token) => token.pos === 'VERB' || token.pos === 'AUX'
/** not, n't, never, no…: a word that negates what follows. */
export const isNegator = (token: Token) => NEGATORS.has(token.normal) || token.normal === "n't"

/** A word the lexicon rates as blaming: strongly negative, or a mildly negative action. */
export const isNegative = (token: Token) =>
  token.valence <= -2 || (token.valence < 0 && token.pos === 'VERB')

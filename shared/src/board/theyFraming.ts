import { tokenise, type Token } from './theyFramingTokens'
import { findCues, type Cue } from './theyFramingClauses'
import { rewriteAsWe } from './weFraming'

// This module pulls in the NLP model (0.8 MB brotli): the browser reaches it only through a dynamic
// import(), and nothing in shared/src/client.ts or board/index.ts may import it statically.

/** Whether a note blames or makes demands of another party, and the phrases that showed it. */
export interface TheyFramingResult {
  /** True when any sentence of the note blames or makes demands of another party. */
  readonly isTheyFraming: boolean
  /** The cue phrases, lower-cased, in the order they appear ("the council should"). */
  readonly cues: string[]
}

// Runs on every keystroke. Nothing past MAX_ANALYSED_CHARS is read, a sentence is cut at
// MAX_SENTENCE_CHARS (a wall of text without full stops costs no more than a long sentence), and
// each sentence's reading is kept by its text, so a keystroke re-tags only the sentence it
// changed: the rest of a 2,000-character note costs a map lookup each.
const MAX_ANALYSED_CHARS = 2000
const MAX_SENTENCE_CHARS = 300
const MAX_CACHED_SENTENCES = 2000

// Below this share of words the English model knows, a text of MIN_WORDS_FOR_LANGUAGE words or
// more is taken for another language and never flagged: the tagger would read it as English
// nouns and verbs and find blame in words it does not know. Capitalised words are not counted
// (names and acronyms are unknown in any language). English notes with typos score about 0.8,
// French, German and Spanish about 0.4.
const MIN_KNOWN_WORD_SHARE = 0.55
const MIN_WORDS_FOR_LANGUAGE = 3

interface SentenceReading {
  readonly tokens: Token[]
  readonly cues: Cue[]
  /** Words counted for the language check, and how many of them the model knows. */
  readonly words: number
  readonly knownWords: number
}

const readings = new Map<string, SentenceReading>()

function normalise(text: string): string {
  return text
    .slice(0, MAX_ANALYSED_CHARS)
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[^\S\n]+/g, ' ')
}

// "Hope: …", "Fear: …", "Idea: …": a heading the workshop asked for, not a party or a verb.
const HEADING = /^\s*[A-Za-z]+(?: [a-z]+)?:\s+/

function splitSentences(text: string): string[] {
  return (text.replace(HEADING, '').match(/[^.!?;\n]+[.!?;]*/g) ?? [])
    .map((sentence) => sentence.trim().slice(0, MAX_SENTENCE_CHARS))
    .filter((sentence) => /[a-z]/i.test(sentence))
}

// A shouted note reads as shouting to the tagger too (every word a proper noun): read it lower.
function unshout(sentence: string): string {
  return /[a-z]/.test(sentence) ? sentence : sentence.toLowerCase()
}

function readSentence(sentence: string): SentenceReading {
  let reading = readings.get(sentence)
  if (!reading) {
    if (readings.size >= MAX_CACHED_SENTENCES) readings.clear()
    const tokens = tokenise(unshout(sentence))
    const words = tokens.filter((token) => token.isWord && !/^[A-Z]/.test(token.text))
    reading = {
      tokens,
      cues: findCues(tokens),
      words: words.length,
      knownWords: words.filter((token) => token.isKnown).length,
    }
    readings.set(sentence, reading)
  }
  return reading
}

function readText(text: string): SentenceReading[] {
  const sentences = splitSentences(normalise(text)).map(readSentence)
  const words = sentences.reduce((sum, sentence) => sum + sentence.words, 0)
  const known = sentences.reduce((sum, sentence) => sum + sentence.knownWords, 0)
  const english = words < MIN_WORDS_FOR_LANGUAGE || known / words >= MIN_KNOWN_WORD_SHARE
  return english ? sentences : []
}

/**
 * Finds blame or demands aimed at a party other than the writer's own side in a note's first
 * 2000 characters of English; text in another language is never flagged.
 */
export function detectTheyFraming(text: string): TheyFramingResult {
  const cues = readText(text).flatMap((sentence) => sentence.cues.map((cue) => cue.phrase))
  return { isTheyFraming: cues.length > 0, cues }
}

/**
 * Suggests a short, editable "We could …" sentence (at most 120 characters) that names what the
 * note is about as a shared goal, without "they" or the blaming words.
 */
export function suggestWeFraming(text: string): string {
  const sentences = readText(text)
  const flagged = sentences.find((sentence) => sentence.cues.length > 0)
  const sentence = flagged ?? sentences[0]
  return rewriteAsWe(sentence?.tokens ?? [], flagged?.cues[0] ?? null)
}

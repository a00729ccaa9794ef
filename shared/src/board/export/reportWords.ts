import type { RoleAgreementStatus } from '../outcomes'
import type { ItemKind, ReportNames, Stance } from '../schema'

// Phrases the Markdown and HTML reports share, so both say exactly the same thing.

/** How a side's position on an outcome reads in a sentence. */
export const STATUS_WORDS: Readonly<Record<RoleAgreementStatus, string>> = {
  agreed: 'agrees',
  concerns: 'has concerns',
  objected: 'objects',
  waiting: 'not yet',
}

/** What a remark on an outcome is called. */
export const STANCE_WORDS: Readonly<Record<Stance, string>> = {
  agree: 'Agreement',
  concerns: 'Concern',
  object: 'Objection',
}

/** The sentence that opens the open questions, saying what the list holds. */
export function openQuestionsLead(questions: readonly { readonly agreedByAll: boolean }[]): string {
  const withConcerns = questions.some((question) => question.agreedByAll)
  return withConcerns
    ? 'Outcomes not yet agreed by all sides and what stands in the way, and concerns said about agreed ones.'
    : 'Outcomes not yet agreed by all sides, and what stands in the way.'
}

/** What each kind of item is called in a table. */
export const KIND_WORDS: Readonly<Record<ItemKind, string>> = {
  note: 'Note',
  reframe: 'Reframe',
  outcome: 'Outcome',
  cluster: 'Cluster',
}

/** Says who can be recognised in the report, so readers know what was agreed about names. */
export function namingNotice(names: ReportNames): string {
  switch (names) {
    case 'names':
      return (
        'As the group agreed, this report shows the side of each contribution, and the name of ' +
        'its author where they asked to be named.'
      )
    case 'roles':
      return 'This report shows the side each contribution came from, never names.'
    case 'anonymous':
      return 'This report is anonymous: contributions carry neither names nor sides; sides are only counted.'
  }
}

/** What every report says about the notes it leaves out. */
export const LEFT_OUT_NOTICE =
  'Cards their authors kept in the room, and private notes not yet revealed, are not included.'

/** Says how many cards stayed in the room and are not in `file`, or nothing when none did. */
export function withheldWords(count: number, file = 'this report'): string {
  if (count === 0) return ''
  const cards = count === 1 ? '1 card was' : `${count} cards were`
  return `${cards} kept in the room at their authors’ request and ${count === 1 ? 'is' : 'are'} not in ${file}.`
}

/** A share of 0…1 as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

/** "1 note", "2 notes". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

/** Points to where a stage's reframes and outcomes are listed, or says the stage has no notes. */
export function elsewhereWords(stage: { readonly reframes: number; readonly outcomes: number }) {
  const parts = [
    stage.outcomes ? `${plural(stage.outcomes, 'outcome')} in the evaluation framework` : '',
    stage.reframes ? `${plural(stage.reframes, 'reframe')} under They → we` : '',
  ].filter(Boolean)
  return parts.length ? `This stage gave ${listWords(parts)}.` : ''
}

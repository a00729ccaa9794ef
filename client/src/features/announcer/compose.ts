import type { ItemKind } from '@coboard/shared'

/** One thing that happened on the board that a screen reader user should hear about. */
export type Activity =
  | {
      readonly type: 'added'
      readonly by: string
      readonly kind: ItemKind
      readonly private?: boolean
    }
  | { readonly type: 'removed'; readonly kind: ItemKind }
  | {
      readonly type: 'stage'
      readonly title: string
      readonly index: number
      readonly count: number
    }
  | { readonly type: 'stage-revealed'; readonly title: string }
  | { readonly type: 'vote-open'; readonly budget: number }
  | { readonly type: 'vote-revealed' }
  | { readonly type: 'joined'; readonly name: string; readonly role: string }
  | { readonly type: 'left'; readonly name: string }
  | { readonly type: 'hat-taken'; readonly name: string }
  /** `to` is "you" when the hat came to this person. */
  | { readonly type: 'hat-passed'; readonly name: string; readonly to: string }
  | { readonly type: 'stance'; readonly name: string; readonly stance: 'concerns' | 'object' }

const NOUNS: Record<ItemKind, [string, string]> = {
  note: ['a note', 'notes'],
  reframe: ['a reframe', 'reframes'],
  outcome: ['an outcome', 'outcomes'],
  cluster: ['a group', 'groups'],
}

const counted = (kind: ItemKind, count: number) =>
  count === 1 ? NOUNS[kind][0] : `${count} ${NOUNS[kind][1]}`

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Turns a batch of activity into one short, calm announcement: "Amina added 3 notes. Sian
 * joined as Provider." Adds, concerns and objections are counted per person and kind, removals
 * per kind, and only the
 * latest stage change is kept, so a burst of work is one sentence per person, not a stream.
 * Never includes anyone's words: a note's text is for reading, not for interrupting.
 */
export function composeAnnouncement(batch: readonly Activity[]): string {
  const sentences: string[] = []
  const adds = new Map<string, { by: string; kind: ItemKind; count: number; private: boolean }>()
  const removals = new Map<ItemKind, number>()
  const stances = new Map<string, { name: string; stance: 'concerns' | 'object'; count: number }>()
  let stage: Extract<Activity, { type: 'stage' }> | null = null
  const rest: string[] = []

  for (const activity of batch) {
    switch (activity.type) {
      case 'added': {
        const key = `${activity.by}\u0000${activity.kind}`
        const entry = adds.get(key) ?? {
          by: activity.by,
          kind: activity.kind,
          count: 0,
          private: false,
        }
        entry.count++
        entry.private ||= activity.private === true
        adds.set(key, entry)
        break
      }
      case 'removed':
        removals.set(activity.kind, (removals.get(activity.kind) ?? 0) + 1)
        break
      case 'stage':
        stage = activity
        break
      case 'stage-revealed':
        rest.push(`The private notes of ${activity.title} are now revealed.`)
        break
      case 'vote-open':
        rest.push(
          `Voting is open: you have ${activity.budget} ${activity.budget === 1 ? 'dot' : 'dots'}.`,
        )
        break
      case 'vote-revealed':
        rest.push('The vote results are revealed.')
        break
      case 'joined':
        rest.push(
          `${activity.name || 'Someone'} joined${activity.role ? ` as ${activity.role}` : ''}.`,
        )
        break
      case 'left':
        rest.push(`${activity.name || 'Someone'} left.`)
        break
      case 'hat-taken':
        rest.push(`${activity.name || 'Someone'} took the facilitator hat.`)
        break
      case 'hat-passed':
        rest.push(
          `${activity.name || 'Someone'} passed the facilitator hat to ${activity.to || 'someone'}.`,
        )
        break
      case 'stance': {
        const key = `${activity.name}\u0000${activity.stance}`
        const entry = stances.get(key) ?? { ...activity, count: 0 }
        entry.count++
        stances.set(key, entry)
        break
      }
    }
  }

  if (stage) sentences.push(`Now on stage ${stage.index + 1} of ${stage.count}: ${stage.title}.`)
  for (const add of adds.values()) {
    const what = add.private
      ? `${counted(add.kind, add.count)}, face down`
      : counted(add.kind, add.count)
    sentences.push(`${add.by || 'Someone'} added ${what}.`)
  }
  for (const [kind, count] of removals) {
    sentences.push(`${capitalise(counted(kind, count))} ${count === 1 ? 'was' : 'were'} removed.`)
  }
  for (const { name, stance, count } of stances.values()) {
    const outcomes = count === 1 ? 'an outcome' : `${count} outcomes`
    sentences.push(
      stance === 'object'
        ? `${name || 'Someone'} objects to ${outcomes}.`
        : `${name || 'Someone'} has concerns about ${outcomes}.`,
    )
  }
  return [...sentences, ...rest].join(' ')
}

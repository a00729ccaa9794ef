import * as Y from 'yjs'
import {
  MAX_TEXT_LENGTH,
  getBoardRoots,
  getItemMap,
  isKnownKind,
  type ItemId,
} from '@coboard/shared'
import type { Draw } from './generate'
import type { OpResult } from './operations'

// Anyone with an edit link can write anything into the document: an old client, a broken one,
// or someone poking at the websocket. These writes skip every verb's checks; the server's
// repair and every reader must cope.

/** A value written straight into the document, kept as data so that the log can print it. */
export type Raw =
  | { readonly t: 'value'; readonly v: unknown }
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'map'; readonly v: Readonly<Record<string, Raw>> }
  | { readonly t: 'bytes'; readonly n: number }
  /** Shared types nested `depth` levels (maps or arrays), past what a board may hold. */
  | { readonly t: 'nest'; readonly shape: 'map' | 'array'; readonly depth: number }
  /** An XML type holding `depth` nested elements: a text passes `instanceof Y.Text`. */
  | { readonly t: 'xml'; readonly shape: XmlShape; readonly depth: number }

type XmlShape = 'text' | 'element' | 'fragment' | 'hook'

/** Where a hostile write lands: a root, or a field of one entry of a root (see writeRaw). */
export type RawTarget =
  | 'items'
  | 'item'
  | 'text'
  | 'meta'
  | 'participants'
  | 'participant'
  | 'votes'
  | 'facilitators'
  | 'stages'
  | 'log'

export interface HostileWrite {
  readonly target: RawTarget
  readonly key: string
  readonly field: string
  /** null deletes the key. */
  readonly value: Raw | null
}

const value = (v: unknown): Raw => ({ t: 'value', v })
const long = (length: number) => 'x'.repeat(length)

const nest = (shape: 'map' | 'array', depth: number): Raw => ({ t: 'nest', shape, depth })
const xml = (shape: XmlShape, depth: number): Raw => ({ t: 'xml', shape, depth })

/** Keys that a plain object would take for its prototype's, and keys at the edges of length. */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', long(1_000)]

const GARBAGE: readonly Raw[] = [
  value(Number.NaN),
  value(Infinity),
  value(-1e300),
  value(null),
  value(true),
  value(''),
  value(42),
  value(long(MAX_TEXT_LENGTH + 500)),
  value([1, 'two', null]),
  value({ nested: { deep: [Number.NaN] } }),
  { t: 'bytes', n: 3 },
  { t: 'text', v: 'stray text' },
  { t: 'map', v: { kind: value('note') } },
  nest('map', 3),
  nest('map', 12),
  nest('array', 8),
  xml('text', 3),
  xml('element', 2),
  xml('fragment', 1),
  xml('hook', 1),
]

const ITEM_FIELDS = [
  ...['x', 'y', 'kind', 'text', 'they', 'we', 'outcome', 'measure', 'baseline', 'color'],
  ...['clusterId', 'agreement', 'acceptedBy', 'authorId', 'role', 'stageId', 'createdAt'],
  ...['keepOutOfExport', 'title', 'width', 'theyRole', 'sourceNoteId'],
]

const ITEMS: readonly Raw[] = [
  { t: 'map', v: { kind: value('spaceship'), x: value(1), y: value(2) } },
  {
    t: 'map',
    v: {
      kind: value('note'),
      x: value(Number.NaN),
      y: value(1e300),
      text: value(long(MAX_TEXT_LENGTH + 700)),
      color: value('<script>'),
      clusterId: value('ghost0'),
    },
  },
  { t: 'map', v: { kind: value('note'), text: { t: 'text', v: long(MAX_TEXT_LENGTH + 1) } } },
  {
    t: 'map',
    v: { kind: value('cluster'), width: value(-5), height: value(1e9), title: value(7) },
  },
  { t: 'map', v: { kind: value('outcome'), agreement: value('nope'), outcome: value(12) } },
  { t: 'map', v: { kind: value('reframe'), acceptedBy: { t: 'map', v: { p1: value(5) } } } },
  { t: 'map', v: {} },
  { t: 'map', v: { kind: value('constructor') } },
  { t: 'map', v: { kind: value('__proto__') } },
  { t: 'map', v: { kind: value('toString') } },
  { t: 'map', v: { kind: value('note'), text: xml('text', 6), x: value(3) } },
  { t: 'map', v: { kind: value('note'), junk: nest('map', 9), [long(300)]: nest('array', 2) } },
  { t: 'map', v: { kind: value('outcome'), agreement: nest('map', 7) } },
  nest('map', 10),
  xml('hook', 2),
  xml('element', 4),
  value('not a map'),
  value(null),
  { t: 'text', v: 'a text where an item should be' },
]

const META: readonly [string, readonly Raw[]][] = [
  ['vote', [value({ id: long(100) }), value({ id: 'hostile', budget: 1e9, status: 'revealed' })]],
  ['vote', [value({ id: 'hostile', budget: -5, kinds: ['spaceship'] })]],
  ['roles', [value([{ id: '' }, { id: 'a', label: 5 }])]],
  ['timer', [value({ state: 'running', endsAt: Number.NaN, durationMs: 1e15 })]],
  ['summon', [value({ by: 'p1', zoom: 1e9, x: Number.NaN })]],
  ['title', []],
  ['currentStageId', []],
  ['reportNames', []],
  ['createdAt', []],
]

/** Draws one hostile write, aimed mostly at items the run has made. */
export function drawHostileWrite(d: Draw): HostileWrite {
  const { random } = d
  const garbage = () => random.pick(GARBAGE)
  const write = (target: RawTarget, key: string, field: string, raw: Raw | null) => ({
    target,
    key,
    field,
    value: raw,
  })
  return random.weighted<() => HostileWrite>([
    [
      4,
      () => {
        const key = random.weighted<() => string>([
          [6, () => d.newId()],
          [3, () => d.target()],
          [1, () => random.pick([long(100), ...HOSTILE_KEYS])],
        ])()
        return write('items', key, '', random.chance(0.1) ? null : random.pick(ITEMS))
      },
    ],
    [
      5,
      () => {
        const raw = random.chance(0.3) ? value(d.target()) : garbage()
        const field = random.chance(0.1) ? random.pick(HOSTILE_KEYS) : random.pick(ITEM_FIELDS)
        return write('item', d.target(), field, random.chance(0.15) ? null : raw)
      },
    ],
    [
      2,
      () => {
        const field = random.pick(['text', 'they', 'we', 'outcome', 'owner'])
        const raw = value(long(random.between(1, MAX_TEXT_LENGTH + 300)))
        return write('text', d.target(['note', 'reframe', 'outcome']), field, raw)
      },
    ],
    [
      2,
      () => {
        const [key, specific] = random.pick(META)
        return write('meta', key, '', random.pick([...GARBAGE, ...specific]))
      },
    ],
    [
      1,
      () => {
        const target = random.pick<RawTarget>(['participants', 'participant'])
        const key = random.pick(['p1', 'p2', long(80), '__proto__'])
        const raw = random.chance(0.1) ? null : random.pick([...GARBAGE, value('provider')])
        return write(target, key, random.pick(['name', 'role', 'joinedAt']), raw)
      },
    ],
    [
      3,
      () => {
        // `{session}` becomes the current vote's id when the write runs.
        const session = random.pick(['{session}', '{session}', 'old', ''])
        const voter = random.pick(['p1', 'p2', 'p3', 'nobody'])
        const slot = random.pick(['0', '1', '2', '19', '20', '99', '-1', '1.5', 'x'])
        const dot = random.chance(0.8) ? value(d.target()) : garbage()
        return write('votes', `${session}|${voter}|${slot}`, '', dot)
      },
    ],
    [1, () => write('facilitators', random.pick(['p1', long(80)]), '', garbage())],
    [
      1,
      () => {
        const stage = random.pick<Raw>([
          ...GARBAGE,
          { t: 'map', v: { id: value('dup'), title: value(5), minutes: value(Number.NaN) } },
          { t: 'map', v: { id: value('dup'), private: value('yes') } },
        ])
        return write('stages', '', '', stage)
      },
    ],
    [
      1,
      () => {
        const entry = value({ participantId: 'p1', action: 'took-hat', at: -1 })
        return write('log', '', '', random.pick([...GARBAGE, entry]))
      },
    ],
  ])()
}

/** Performs a hostile write, past every verb's checks, in one transaction. */
export function writeRaw(doc: Y.Doc, write: HostileWrite): OpResult {
  const roots = getBoardRoots(doc)
  const set = (map: Y.Map<unknown>, key: string) => {
    if (write.value === null) map.delete(key)
    else map.set(key, materialize(write.value))
  }
  let result: OpResult = { text: 'ok' }
  doc.transact(() => {
    switch (write.target) {
      case 'items': {
        set(roots.items as Y.Map<unknown>, write.key)
        const kind = write.value?.t === 'map' ? write.value.v.kind : undefined
        const known = kind?.t === 'value' && isKnownKind(kind.v) ? kind.v : 'alien'
        if (write.value) result = { text: 'ok', created: [write.key as ItemId, known] }
        break
      }
      case 'item':
      case 'participant': {
        const map = (write.target === 'item' ? roots.items : roots.participants).get(write.key)
        if (map instanceof Y.Map) set(map, write.field)
        else result = { text: 'missing' }
        break
      }
      case 'text': {
        // Straight into the Y.Text, past editText's length check.
        const text = getItemMap(doc, write.key as ItemId)?.get(write.field)
        if (text instanceof Y.Text && write.value?.t === 'value') {
          text.insert(0, String(write.value.v))
        } else result = { text: 'missing' }
        break
      }
      case 'meta':
        set(roots.meta, write.key)
        break
      case 'participants':
        set(roots.participants as Y.Map<unknown>, write.key)
        break
      case 'votes': {
        const session = (roots.meta.get('vote') as { id?: unknown } | null)?.id
        set(roots.votes as Y.Map<unknown>, write.key.replace('{session}', String(session)))
        break
      }
      case 'facilitators':
        set(roots.facilitators as Y.Map<unknown>, write.key)
        break
      case 'stages':
        if (write.value) roots.stages.push([materialize(write.value) as Y.Map<unknown>])
        break
      case 'log':
        if (write.value) roots.facilitationLog.push([materialize(write.value)])
        break
    }
  }, 'hostile')
  return result
}

/** A fresh Yjs value for `raw` (a Yjs type can be inserted only once). */
function materialize(raw: Raw): unknown {
  switch (raw.t) {
    case 'value':
      return raw.v
    case 'text':
      return new Y.Text(raw.v)
    case 'bytes':
      return new Uint8Array(raw.n)
    case 'map': {
      const map = new Y.Map<unknown>()
      for (const [key, entry] of Object.entries(raw.v)) map.set(key, materialize(entry))
      return map
    }
    case 'nest': {
      // Built from the bottom, each level a prelim type holding the one below.
      let inner: unknown = 'bottom'
      for (let level = 0; level < raw.depth; level++) {
        if (raw.shape === 'map') {
          const map = new Y.Map<unknown>()
          map.set('k', inner)
          inner = map
        } else {
          const array = new Y.Array<unknown>()
          array.insert(0, [inner])
          inner = array
        }
      }
      return inner
    }
    case 'xml': {
      let element: Y.XmlElement | Y.XmlText = new Y.XmlText('leaf')
      for (let level = 0; level < raw.depth; level++) {
        const parent: Y.XmlElement = new Y.XmlElement('p')
        parent.insert(0, [element])
        element = parent
      }
      switch (raw.shape) {
        case 'element':
          return element
        case 'text': {
          const text = new Y.XmlText('hi')
          text.insertEmbed(0, element as unknown as Record<string, unknown>)
          return text
        }
        case 'fragment': {
          const fragment = new Y.XmlFragment()
          fragment.insert(0, [element])
          return fragment
        }
        case 'hook': {
          const hook = new Y.XmlHook('note')
          hook.set('kind', 'note')
          hook.set('inner', element)
          return hook
        }
      }
    }
  }
}

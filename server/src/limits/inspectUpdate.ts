import { ByteReader, Malformed } from './ByteReader'
import { checkJsonDepth, readAny, readAnyObject, readCount, TooDeep } from './readValue'

// A structural check of a Yjs v1 update (the format of every Hocuspocus sync message), run before
// Yjs sees it. Yjs applies an update in one synchronous call that nothing can interrupt, so a
// hostile one stalls every board on the process: counts that claim more than the bytes hold
// (yjs#479), delete ranges that overlap so each one walks the whole board again, lengths past
// 2^53 where clock arithmetic stops being exact, values nested deep enough to overflow the stack
// when the board is later encoded. The walk below builds nothing, only moves forward, and checks
// counts against the bytes left before looping, so it cannot itself loop or allocate.
// (yjs#687's run-length bombs live in the v2 format, which this server never decodes from peers.)
// XML types are refused here too; how deep shared types nest needs the board, and is checked by
// inspectNesting, which walks the same structs through this reader.

/** Why an update is refused: it does not decode, or it would cost the server too much. */
export type UpdateProblem = 'malformed' | 'too-large'

/** Most distinct root types one update may touch; a board has seven. */
const MAX_ROOT_TYPES = 32

/** Content kinds, as the low five bits of a struct's info byte. */
const GC = 0
const DELETED = 1
const JSON_CONTENT = 2
const BINARY = 3
const STRING = 4
const EMBED = 5
const FORMAT = 6
const TYPE = 7
const ANY = 8
const DOC = 9
const SKIP = 10
/** Type references of ContentType; XmlElement (3) and XmlHook (5) carry a name. */
const MAX_TYPE_REF = 6
/**
 * The XML types (XmlElement 3, XmlFragment 4, XmlHook 5, XmlText 6). A board never holds one,
 * and each is dangerous where it would pass: an XmlText passes `instanceof Y.Text`, an XmlHook
 * `instanceof Y.Map`, and their string forms recurse as deep as the elements nest.
 */
const FIRST_XML_TYPE_REF = 3

/** What inspectUpdate tells a StructVisitor about one struct; reused from struct to struct. */
export interface StructRecord {
  client: number
  clock: number
  /** Length in clock units. */
  length: number
  /** 'gc' for garbage-collected content (its children are gone), else 'item'. */
  kind: 'item' | 'gc'
  /** The shared type it holds (0 Array, 1 Map, 2 Text), or -1 when it holds none. */
  typeRef: number
  /**
   * Where its parent comes from: a root type by name, the item that holds the parent type, or
   * (neither origin known otherwise) the item to its left or right, whose parent it shares.
   */
  parent: 'root' | 'item' | 'sibling' | 'none'
  /** The id named by `parent` ('item' or 'sibling'). */
  linkClient: number
  linkClock: number
}

/** Sees every struct of an update as inspectUpdate walks it (not the skips, which are gaps). */
export type StructVisitor = (struct: Readonly<StructRecord>) => void

class OverBudget extends Error {}

/** What an update may still spend while it is walked. */
interface Budget {
  operations: number
  readonly roots: Set<string>
  readonly visit: StructVisitor | null
  readonly record: StructRecord
}

/**
 * Checks that `update` is a well-formed Yjs v1 update whose structs plus delete ranges number at
 * most `maxOperations` and that holds no XML type. Returns null when Yjs may apply it, or the
 * problem. `visit`, when given, sees each struct as it is read (the nesting check builds on it).
 * Never throws.
 */
export function inspectUpdate(
  update: Uint8Array,
  maxOperations: number,
  visit: StructVisitor | null = null,
): UpdateProblem | null {
  const budget: Budget = {
    operations: maxOperations,
    roots: new Set(),
    visit,
    record: {
      client: 0,
      clock: 0,
      length: 0,
      kind: 'item',
      typeRef: -1,
      parent: 'none',
      linkClient: 0,
      linkClock: 0,
    },
  }
  try {
    const reader = new ByteReader(update)
    readStructs(reader, budget)
    readDeleteSet(reader, budget)
    return null
  } catch (error) {
    if (error instanceof OverBudget || error instanceof TooDeep) return 'too-large'
    if (error instanceof Malformed || error instanceof SyntaxError) return 'malformed'
    throw error
  }
}

/** Checks that `stateVector` (sync step 1) is a list of client/clock pairs and nothing odd. */
export function isWellFormedStateVector(stateVector: Uint8Array): boolean {
  try {
    const reader = new ByteReader(stateVector)
    const entries = reader.varUint()
    if (entries * 2 > reader.remaining) return false
    for (let i = 0; i < entries; i++) {
      reader.varUint()
      reader.varUint()
    }
    return true
  } catch (error) {
    if (error instanceof Malformed) return false
    throw error
  }
}

function spend(budget: Budget, operations: number): void {
  budget.operations -= operations
  if (budget.operations < 0) throw new OverBudget()
}

/** Yjs does its clock arithmetic in doubles; past 2^53 two structs could get the same id. */
function advance(clock: number, length: number): number {
  const next = clock + length
  if (next > Number.MAX_SAFE_INTEGER) throw new OverBudget()
  return next
}

function readStructs(reader: ByteReader, budget: Budget): void {
  const clients = reader.varUint()
  if (clients > reader.remaining) throw new Malformed('more clients than bytes')
  const seen = new Set<number>()
  for (let i = 0; i < clients; i++) {
    const structs = reader.varUint()
    const client = reader.varUint()
    let clock = reader.varUint()
    // Yjs keeps only the last list of a client listed twice; no encoder writes that.
    if (seen.has(client)) throw new Malformed('client listed twice')
    seen.add(client)
    // Every struct takes at least one byte: a larger count is a lie, not a big update.
    if (structs > reader.remaining) throw new Malformed('more structs than bytes')
    spend(budget, structs)
    budget.record.client = client
    for (let j = 0; j < structs; j++) {
      budget.record.clock = clock
      clock = advance(clock, readStruct(reader, budget))
    }
  }
}

/** Reads one struct and returns its length in clock units. */
function readStruct(reader: ByteReader, budget: Budget): number {
  const info = reader.uint8()
  const kind = info & 0x1f
  // Yjs's two readers disagree on a skip with flags (applyUpdate skips, decodeUpdate and the
  // read-only check read content); Yjs itself writes a skip as exactly 10.
  if (kind === SKIP && info !== SKIP) throw new Malformed('skip with flags')
  if (kind === GC || kind === SKIP) {
    const length = reader.varUint()
    if (kind === GC) visitStruct(budget, length, 'gc', -1)
    return length
  }
  const record = budget.record
  record.parent = 'none'
  // Yjs takes the parent from the left origin if there is one, else from the right origin.
  if (info & 0x80) readLink(reader, record, 'sibling')
  if (info & 0x40) {
    if (record.parent === 'none') readLink(reader, record, 'sibling')
    else readId(reader)
  }
  if ((info & 0xc0) === 0) {
    // Neither origin is known, so the parent is spelled out: a root type's name or an item id.
    if (reader.varUint() === 1) {
      budget.roots.add(reader.varString())
      if (budget.roots.size > MAX_ROOT_TYPES) throw new OverBudget()
      record.parent = 'root'
    } else {
      readLink(reader, record, 'item')
    }
    if (info & 0x20) reader.skipVarString() // key in a map
  }
  if (kind === TYPE) {
    const typeRef = reader.varUint()
    if (typeRef > MAX_TYPE_REF) throw new Malformed('unknown type')
    if (typeRef >= FIRST_XML_TYPE_REF) throw new OverBudget()
    visitStruct(budget, 1, 'item', typeRef)
    return 1
  }
  const length = readContent(reader, kind)
  visitStruct(budget, length, 'item', -1)
  return length
}

function visitStruct(budget: Budget, length: number, kind: 'item' | 'gc', typeRef: number): void {
  if (!budget.visit) return
  budget.record.length = length
  budget.record.kind = kind
  budget.record.typeRef = typeRef
  budget.visit(budget.record)
}

function readLink(reader: ByteReader, record: StructRecord, parent: 'item' | 'sibling'): void {
  record.parent = parent
  record.linkClient = reader.varUint()
  record.linkClock = reader.varUint()
}

function readId(reader: ByteReader): void {
  reader.varUint()
  reader.varUint()
}

function readContent(reader: ByteReader, kind: number): number {
  switch (kind) {
    case DELETED:
      return reader.varUint()
    case JSON_CONTENT: {
      const count = readCount(reader)
      for (let i = 0; i < count; i++) {
        const json = reader.varString()
        if (json !== 'undefined') checkJsonDepth(JSON.parse(json))
      }
      return count
    }
    case BINARY:
      reader.skipVarBytes()
      return 1
    case STRING:
      return reader.skipVarString()
    case EMBED:
      checkJsonDepth(JSON.parse(reader.varString()))
      return 1
    case FORMAT:
      reader.skipVarString()
      checkJsonDepth(JSON.parse(reader.varString()))
      return 1
    case ANY: {
      const count = readCount(reader)
      for (let i = 0; i < count; i++) readAny(reader, 0)
      return count
    }
    case DOC:
      reader.skipVarString()
      readAnyObject(reader)
      return 1
    default:
      throw new Malformed('unknown content')
  }
}

function readDeleteSet(reader: ByteReader, budget: Budget): void {
  const clients = reader.varUint()
  if (clients > reader.remaining) throw new Malformed('more clients than bytes')
  const seen = new Set<number>()
  for (let i = 0; i < clients; i++) {
    const client = reader.varUint()
    if (seen.has(client)) throw new Malformed('client listed twice')
    seen.add(client)
    const ranges = reader.varUint()
    if (ranges * 2 > reader.remaining) throw new Malformed('more ranges than bytes')
    spend(budget, ranges)
    // Yjs writes each client's ranges sorted and merged. Overlapping ones would each walk the
    // same structs again, so n of them over a long text cost n times the text.
    let end = 0
    for (let j = 0; j < ranges; j++) {
      const clock = reader.varUint()
      if (clock < end) throw new Malformed('delete ranges out of order')
      end = advance(clock, reader.varUint())
    }
  }
}

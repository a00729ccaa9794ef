import * as Y from 'yjs'
import { MAX_TYPE_DEPTH } from '@coboard/shared'
import { inspectUpdate, type StructRecord, type UpdateProblem } from './inspectUpdate'

// How deep an update nests shared types, counted against the board it is for. Deleting, garbage
// collecting or printing a shared type recurses through everything inside it (in Yjs and in our
// readers), so a chain of a few thousand nested maps overflows the stack wherever it is touched;
// inside Yjs's transaction cleanup that leaves the document unable to emit another update.
// The parent of a struct is a root (depth 0), the type held by an item, or the parent of its
// left or right neighbour; those items are in the update itself, in any order, or already in
// the board. Each struct's parent depth is worked out once and remembered, by following links
// in a loop rather than by recursion, so the check is linear in the update and never recurses.

/** Deepest shared type a board may hold (docs/schema.md), re-exported for the tests. */
export { MAX_TYPE_DEPTH }

/**
 * Why an update is refused here: it nests types too deep, or it puts a type under history the
 * board does not have (its depth cannot be known; a full sync sends that history along).
 */
export type NestingProblem = UpdateProblem | 'too-deep' | 'unresolved'

/** A parent depth that is not a number: the struct will be garbage collected, or cannot be placed. */
const DEAD = -1
const UNRESOLVED = -2
const NOT_COMPUTED = -3
const IN_PROGRESS = -4

/**
 * Checks that no shared type `update` creates would sit deeper than MAX_TYPE_DEPTH in `doc`.
 * Returns null, or the problem. Linear in the update's size; never throws.
 */
export function inspectNesting(
  update: Uint8Array,
  doc: Y.Doc,
  maxOperations: number,
): NestingProblem | null {
  try {
    const structs = new Structs()
    const problem = inspectUpdate(update, maxOperations, (struct) => structs.add(struct))
    if (problem) return problem
    return new Depths(structs, doc.store).check()
  } catch {
    // A store that does not hold what its state vector says would be a bug in Yjs; refusing
    // costs the sender a resync, applying could cost the board.
    return 'unresolved'
  }
}

/** The structs of one update, as parallel arrays, with each client's run indexed by clock. */
class Structs {
  readonly client: number[] = []
  readonly clock: number[] = []
  readonly length: number[] = []
  readonly gc: boolean[] = []
  readonly typeRef: number[] = []
  readonly parent: StructRecord['parent'][] = []
  readonly linkClient: number[] = []
  readonly linkClock: number[] = []
  /** Client → [first index, end index) of its structs, which an update writes in clock order. */
  readonly runs = new Map<number, [number, number]>()

  add(struct: Readonly<StructRecord>): void {
    const index = this.client.length
    this.client.push(struct.client)
    this.clock.push(struct.clock)
    this.length.push(struct.length)
    this.gc.push(struct.kind === 'gc')
    this.typeRef.push(struct.typeRef)
    this.parent.push(struct.parent)
    this.linkClient.push(struct.linkClient)
    this.linkClock.push(struct.linkClock)
    const run = this.runs.get(struct.client)
    if (run) run[1] = index + 1
    else this.runs.set(struct.client, [index, index + 1])
  }

  /** The index of the struct holding clock `clock` of `client`, or -1. */
  find(client: number, clock: number): number {
    const run = this.runs.get(client)
    if (!run) return -1
    let [low, high] = run
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.clock[middle] + this.length[middle] <= clock) low = middle + 1
      else high = middle
    }
    return low < run[1] && this.clock[low] <= clock ? low : -1
  }
}

/** Works out the depth of each struct's parent type, remembering each answer. */
class Depths {
  private readonly parentDepth: Int32Array
  /** Set by link(): the struct a struct's parent depth follows from, and what it adds. */
  private next = -1
  private add = 0

  constructor(
    private readonly structs: Structs,
    private readonly store: Y.Doc['store'],
  ) {
    this.parentDepth = new Int32Array(structs.client.length).fill(NOT_COMPUTED)
  }

  check(): NestingProblem | null {
    const { structs } = this
    let unresolved = false
    for (let i = 0; i < structs.client.length; i++) {
      if (structs.typeRef[i] < 0 || this.isKnown(structs.client[i], structs.clock[i])) continue
      const depth = this.resolve(i)
      if (depth >= MAX_TYPE_DEPTH) return 'too-deep'
      if (depth === UNRESOLVED) unresolved = true
    }
    return unresolved ? 'unresolved' : null
  }

  /** The board already has this clock: Yjs skips the struct, and the board's copy counts. */
  private isKnown(client: number, clock: number): boolean {
    return clock < Y.getState(this.store, client)
  }

  /** The depth of struct `start`'s parent, following links in a loop and remembering each. */
  private resolve(start: number): number {
    const path: number[] = []
    const adds: number[] = []
    let current = start
    let value: number
    for (;;) {
      const known = this.parentDepth[current]
      if (known !== NOT_COMPUTED) {
        // A struct whose parent leads back to itself can never be placed.
        value = known === IN_PROGRESS ? UNRESOLVED : known
        break
      }
      this.parentDepth[current] = IN_PROGRESS
      path.push(current)
      const direct = this.link(current)
      adds.push(this.add)
      if (direct !== NOT_COMPUTED) {
        this.parentDepth[current] = direct
        path.pop()
        adds.pop()
        value = direct
        break
      }
      current = this.next
    }
    for (let k = path.length - 1; k >= 0; k--) {
      value = value < 0 ? value : value + adds[k]
      this.parentDepth[path[k]] = value
    }
    return value
  }

  /**
   * Struct `i`'s parent depth when it is known without another struct of the update; otherwise
   * NOT_COMPUTED, with `next` the struct it follows from and `add` what that adds (1 when `next`
   * holds the parent type itself, 0 when it is a neighbour sharing the parent).
   */
  private link(i: number): number {
    const { structs } = this
    this.add = 0
    switch (structs.parent[i]) {
      case 'root':
        return 0
      case 'none':
        return DEAD
      case 'item':
      case 'sibling': {
        const holdsParent = structs.parent[i] === 'item'
        const client = structs.linkClient[i]
        const clock = structs.linkClock[i]
        if (this.isKnown(client, clock)) return this.storeDepth(client, clock, holdsParent)
        const j = structs.find(client, clock)
        if (j < 0) return UNRESOLVED
        if (structs.gc[j]) return DEAD
        // Yjs garbage collects a struct whose parent item holds no type.
        if (holdsParent && structs.typeRef[j] < 0) return DEAD
        this.next = j
        this.add = holdsParent ? 1 : 0
        return NOT_COMPUTED
      }
    }
  }

  /** The depth of the parent a struct linked to the board's struct at (client, clock) gets. */
  private storeDepth(client: number, clock: number, holdsParent: boolean): number {
    const structs = this.store.clients.get(client)
    if (!structs) return UNRESOLVED
    const struct = structs[Y.findIndexSS(structs, clock)]
    if (!(struct instanceof Y.Item)) return DEAD
    if (!holdsParent)
      return struct.parent ? typeDepth(struct.parent as Y.AbstractType<unknown>) : DEAD
    return struct.content instanceof Y.ContentType ? typeDepth(struct.content.type) : DEAD
  }
}

/**
 * How far below its root a type of the board sits, counting at most MAX_TYPE_DEPTH + 1 levels
 * (a board loaded from an older store may hold deeper ones; past the limit is enough to know).
 */
function typeDepth(type: Y.AbstractType<unknown>): number {
  let depth = 0
  let current: Y.AbstractType<unknown> | null = type
  while (current._item !== null && depth <= MAX_TYPE_DEPTH) {
    current = current._item.parent as Y.AbstractType<unknown> | null
    if (current === null) return DEAD
    depth++
  }
  return depth
}

import { describe, expect, it } from 'vitest'
import type { ItemId, ParticipantId, RoleId } from '@coboard/shared'
import type { Op } from './operations'
import { replay, runSeed, type RunResult, type Setup, type Step } from './scenario'
import { formatFailure } from './shrink'

// Runs the convergence fuzz once found interesting, kept so they never regress.
//
// Bugs in shared/ that this fuzz found, all fixed: each seed that found one is kept as its shrunk
// operation log, written out as a script (a script does not change meaning when the generator
// changes; a seed does). A bug found later gets its script here, as an `it.fails` until the fix
// lands; the main run stays strict meanwhile.

describe('bugs in shared/ found by the fuzz, fixed', () => {
  describe('repairRace, found by seeds 30 and 175', () => {
    // Offline, p1 adds a note; back online, p1 at once moves a note made earlier. The move
    // reaches the server before the offline edit (which comes in p1's answer to the server's
    // state vector), so the move is held as pending while its deletion of the old x applies.
    // The server's repair sees no x and writes 0; with a higher client id than p1, its 0 wins.
    const moveAfterReconnect = () => {
      const s = script()
      s.op(1, addNote('n1', 10, 10))
      s.flush(1)
      s.disconnect(1)
      s.op(1, addNote('n2', 0, 0))
      s.reconnect(1)
      s.op(1, { type: 'moveItem', id: 'n1' as ItemId, x: 500, y: 500 })
      return replay(workshop(30, { server: 2, clients: [1] }), s.steps)
    }
    const changeSideAfterReconnect = () => {
      const s = script()
      s.flush(1)
      s.disconnect(1)
      s.op(1, addNote('n1', 0, 0))
      s.reconnect(1)
      s.op(1, { type: 'joinBoard', name: 'Ada', role: 'commissioner' })
      return replay(workshop(175, { server: 2, clients: [1] }), s.steps)
    }
    it('a note moved right after reconnecting keeps its place', () => {
      expectClean(moveAfterReconnect())
    })
    it('a person who changes side right after reconnecting keeps their role', () => {
      expectClean(changeSideAfterReconnect())
    })
  })

  describe('halfEmoji, found by seed 94', () => {
    // addNote cuts its text with .slice(0, MAX_TEXT_LENGTH), through the middle of an emoji.
    // p1 keeps the lone high surrogate; the update carries U+FFFD to everyone else.
    const cutEmoji = () => {
      const s = script()
      s.op(1, addNote('n1', 0, 0, `${'w'.repeat(1999)}😀😀`))
      return replay(workshop(94, { server: 2, clients: [1, 3] }), s.steps)
    }
    it('a note cut at MAX_TEXT_LENGTH reads the same on every device', () => {
      expectClean(cutEmoji())
    })
  })

  describe('emptyItemKey, found by seed 47', () => {
    // touchedItemIds drops falsy keys, so the server never repairs an item stored under ''.
    const hostileEmptyKey = () => {
      const s = script()
      s.op(1, {
        type: 'raw',
        target: 'items',
        key: '',
        field: '',
        value: {
          t: 'map',
          v: {
            kind: { t: 'value', v: 'spaceship' },
            x: { t: 'value', v: Number.NaN },
            text: { t: 'value', v: 'x'.repeat(50_000) },
          },
        },
      })
      return replay(workshop(47, { server: 2, clients: [1] }), s.steps)
    }
    it('the server repairs an item stored under the key ""', () => {
      expectClean(hostileEmptyKey())
    })
  })

  describe('danglingClusterId, found by seed 0', () => {
    // Seed 0 found it with a hostile write; no hostility is needed: p1 dissolves a cluster
    // while p2, not knowing yet, puts a note into it.
    const dissolveWhileJoining = () => {
      const s = script()
      s.op(1, addNote('n1', 0, 0))
      s.op(1, { type: 'createCluster', id: 'c1' as ItemId, title: 'Waiting', members: [] })
      s.flush(2)
      s.op(1, { type: 'dissolveCluster', id: 'c1' as ItemId })
      s.op(2, { type: 'setCluster', id: 'n1' as ItemId, clusterId: 'c1' as ItemId })
      return replay(workshop(0, { server: 5, clients: [1, 2] }), s.steps)
    }
    it('a note put into a cluster that was dissolved meanwhile ends up in no cluster', () => {
      expectClean(dissolveWhileJoining())
    })
  })

  describe('arrivalOrder, found by seed 3', () => {
    // Two notes, one dot each: a tie. tallyVotes breaks it by board order, which is the order
    // each device received the notes in, so p1 and p2 rank them differently.
    const tiedVote = () => {
      const s = script()
      s.op(1, { type: 'startVote', budget: 3, kinds: [] })
      s.op(1, addNote('a', 0, 0))
      s.op(2, addNote('b', 300, 0))
      s.flush(2)
      s.op(1, { type: 'castVote', id: 'a' as ItemId })
      s.op(2, { type: 'castVote', id: 'b' as ItemId })
      return replay(workshop(3, { server: 5, clients: [1, 2] }), s.steps)
    }
    it('every device ranks a tied vote the same way', () => {
      expectClean(tiedVote())
    })
  })
})

describe('seeds kept for what they exercise', () => {
  // Chosen (from the first 400, and 4711) for the situation each one reaches; the test checks that
  // the seed still reaches it, so a change to the generator cannot quietly empty this list.
  const SEEDS: readonly [number, string, string][] = [
    [127, 'concurrent delete and moveItem', 'converges after concurrent delete and move'],
    [28, 'concurrent delete and editText', 'converges after concurrent delete and text edit'],
    [92, 'concurrent delete and setCluster', 'converges after concurrent delete and setCluster'],
    [183, 'concurrent delete and moveCluster', 'converges after a deleted cluster is moved'],
    [0, 'out-of-order update held as pending', 'converges after updates arrive out of order'],
    [1, 'offline edits resynced', 'converges after offline edits resync on reconnect'],
    [7, 'server repaired a hostile write', 'converges on the server’s repair of a hostile write'],
    [4711, 'messages lost on disconnect', 'converges after lost and duplicated messages'],
  ]
  for (const [seed, feature, title] of SEEDS) {
    it(`seed ${seed} ${title}`, () => {
      const result = runSeed(seed)
      expect([...result.features], `seed ${seed} no longer reaches "${feature}"`).toContain(feature)
      expectClean(result)
    })
  }
})

function expectClean(result: RunResult): void {
  expect(result.failure?.kinds ?? [], formatFailure(result)).toEqual([])
}

/** A workshop with chosen Yjs client ids: which side wins a tie depends on them. */
function workshop(seed: number, ids: { server: number; clients: readonly number[] }): Setup {
  const roles: RoleId[] = ['lived-experience', 'provider', 'commissioner']
  return {
    seed,
    serverId: ids.server,
    clientIds: ids.clients,
    actors: ids.clients.map((_, i) => ({
      participantId: `p${i + 1}` as ParticipantId,
      role: roles[i % roles.length],
      name: `Person ${i + 1}`,
    })),
    template: false,
  }
}

function addNote(id: string, x: number, y: number, text = 'a note'): Op {
  return { type: 'addNote', id: id as ItemId, x, y, text, color: 'yellow' }
}

/** Steps written by hand, numbered in order. */
function script() {
  const steps: Step[] = []
  const all = Array.from({ length: 100 }, () => 0)
  const deliver = (from: number, to: number) =>
    steps.push({ n: steps.length, kind: 'deliver', link: [from, to], mode: 'fifo', picks: all })
  return {
    steps,
    op: (peer: number, op: Op) => steps.push({ n: steps.length, kind: 'op', peer, op }),
    disconnect: (peer: number) => steps.push({ n: steps.length, kind: 'disconnect', peer }),
    reconnect: (peer: number) => steps.push({ n: steps.length, kind: 'reconnect', peer }),
    /** Delivers everything, in order, among the server and clients 1…`clients`. */
    flush: (clients: number) => {
      for (let round = 0; round < 3; round++) {
        for (let peer = 1; peer <= clients; peer++) deliver(peer, 0)
        for (let peer = 1; peer <= clients; peer++) deliver(0, peer)
      }
    },
  }
}

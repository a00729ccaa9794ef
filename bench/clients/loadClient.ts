import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { DEFAULT_ROLES, joinBoard, type ParticipantId, type RoleId } from '@coboard/shared'
import { now, sleep } from '../clock'
import { serveRequests } from '../ipc'
import { connect, type Connection } from './connections'
import { watch, type Watcher } from './watcher'
import { Cursor, Editor, editKey, observeMarkers, type Marker } from './workload'
import type { ConnectReply, ConnectRequest, ProcessReport, RunRequest, SentEdit } from './protocol'

// A load-client process: holds a share of a run's simulated participants, each with its own
// socket (and, unless it is a lean watcher, its own provider and document). It connects them in
// small steps, runs the workload on the timeline the orchestrator sends, times every marked edit
// it receives, and reports.

interface Client {
  readonly index: number
  readonly board: number
  /** A full provider and Y.Doc; null for a lean watcher. */
  readonly connection: Connection | null
  readonly watcher: Watcher | null
  readonly editor: Editor | null
  readonly cursor: Cursor
  synced: boolean
  /** This client's edits (measured or not) the server has not acknowledged yet, oldest first. */
  unacknowledged: { ackAt: number | null }[]
}

const clients: Client[] = []
let measured: { from: number; until: number } | null = null
const latencies: number[] = []
const perEdit = new Map<string, { count: number; max: number }>()
const sent: SentEdit[] = []
let drops = 0

function onMarker(marker: Marker, at: number): void {
  if (!measured || marker.sentAt < measured.from || marker.sentAt > measured.until) return
  const latency = at - marker.sentAt
  latencies.push(latency)
  const key = editKey(marker.client, marker.seq)
  const entry = perEdit.get(key)
  if (entry) {
    entry.count += 1
    entry.max = Math.max(entry.max, latency)
  } else {
    perEdit.set(key, { count: 1, max: latency })
  }
}

async function connectAll(request: ConnectRequest): Promise<ConnectReply> {
  const started = now()
  const deadline = started + request.timeoutMs
  const pending: Promise<void>[] = []
  for (let offset = 0; offset < request.clients.length; offset += request.ramp.batch) {
    if (now() > deadline) break
    for (const spec of request.clients.slice(offset, offset + request.ramp.batch)) {
      const participantId = `p${spec.index}` as ParticipantId
      const role = DEFAULT_ROLES[spec.index % DEFAULT_ROLES.length].id
      const user = { participantId, name: `Bench ${spec.index}`, role }
      const board = request.boards[spec.board]
      const base = { index: spec.index, board: spec.board, cursor: new Cursor(), synced: false }
      if (spec.lean) {
        const joinUpdate = encodeJoin(participantId, user.name, role)
        const watcher = watch(request.kind, request.port, board, participantId, user, onMarker, {
          joinUpdate,
        })
        const client: Client = {
          ...base,
          connection: null,
          watcher,
          editor: null,
          unacknowledged: [],
        }
        clients.push(client)
        watcher.onDrop(() => drops++)
        pending.push(watcher.synced.then(() => void (client.synced = true)))
        continue
      }
      const connection = connect(request.kind, request.port, board, participantId)
      const editor = spec.active
        ? new Editor(spec.index, participantId, role, request.addEvery)
        : null
      const client: Client = { ...base, connection, watcher: null, editor, unacknowledged: [] }
      clients.push(client)
      observeMarkers(connection.doc, onMarker)
      connection.onDrop(() => drops++)
      connection.onOutstanding((count) => {
        // Acknowledgements come in order: all but the newest `count` edits are now acknowledged.
        const at = now()
        while (client.unacknowledged.length > count) {
          const edit = client.unacknowledged.shift()
          if (edit) edit.ackAt = at
        }
      })
      pending.push(
        connection.synced.then(() => {
          client.synced = true
          // What a participant does on arrival: join the roster and say who they are.
          joinBoard(connection.doc, { id: participantId, name: user.name, role })
          connection.awareness.setLocalStateField('user', user)
        }),
      )
    }
    await sleep(request.ramp.intervalMs)
  }
  await Promise.race([Promise.all(pending), sleep(Math.max(0, deadline - now()))])
  return {
    connected: clients.filter((client) => client.synced).map((client) => client.index),
    failed: request.clients.length - clients.filter((client) => client.synced).length,
    connectMs: now() - started,
    clock: now(),
  }
}

async function run(request: RunRequest): Promise<ProcessReport> {
  const timers = new Set<NodeJS.Timeout>()
  let editsSent = 0
  let cursorsSent = 0

  /** Runs `action` every `intervalMs` from a random phase until the load ends, without drift. */
  const repeat = (intervalMs: number, action: () => void) => {
    let due = now() + Math.random() * intervalMs
    const tick = () => {
      timers.delete(timer)
      if (now() > request.loadUntil) return
      action()
      due = Math.max(due + intervalMs, now())
      timer = setTimeout(tick, due - now())
      timers.add(timer)
    }
    let timer = setTimeout(tick, due - now())
    timers.add(timer)
  }

  for (const client of clients) {
    const { editor, connection } = client
    if (!client.synced || !editor || !connection) continue
    repeat(request.editIntervalMs, () => {
      const marker = editor.edit(connection.doc)
      editsSent++
      const measuredEdit =
        marker.sentAt >= request.measureFrom && marker.sentAt <= request.measureUntil
      const edit: SentEdit = {
        key: editKey(marker.client, marker.seq),
        client: client.index,
        board: client.board,
        seq: marker.seq,
        sentAt: marker.sentAt,
        ackAt: null,
      }
      if (measuredEdit) sent.push(edit)
      if (connection.acknowledges) client.unacknowledged.push(edit)
    })
    repeat(request.cursorIntervalMs, () => {
      connection.awareness.setLocalStateField('cursor', client.cursor.next())
      if (measured) cursorsSent++
    })
  }

  const lag = monitorEventLoopDelay({ resolution: 5 })
  await sleep(request.measureFrom - now())
  measured = { from: request.measureFrom, until: request.measureUntil }
  const cpuBefore = process.cpuUsage()
  const eluBefore = performance.eventLoopUtilization()
  lag.enable()
  await sleep(request.measureUntil - now())
  const cpu = process.cpuUsage(cpuBefore)
  const elu = performance.eventLoopUtilization(eluBefore)
  lag.disable()
  // Deliveries of measured edits still count; cursors after the window do not.
  const cursorsInWindow = cursorsSent
  await sleep(request.reportAt - now())
  for (const timer of timers) clearTimeout(timer)

  const windowMs = request.measureUntil - request.measureFrom
  return {
    latencies: Float64Array.from(latencies),
    perEdit,
    sent,
    editsSent,
    cursorsSent: cursorsInWindow,
    drops,
    cpuPercent: ((cpu.user + cpu.system) / 1000 / windowMs) * 100,
    elu: elu.utilization,
    lagP99: lag.percentile(99) / 1e6,
  }
}

serveRequests({
  connect: connectAll,
  run,
  close: () => {
    for (const client of clients) {
      client.connection?.destroy()
      client.watcher?.destroy()
    }
    setTimeout(() => process.exit(0), 50)
  },
})

/** A participant's roster entry as an update, made on an empty document: the key is theirs alone. */
function encodeJoin(id: ParticipantId, name: string, role: RoleId): Uint8Array {
  const doc = new Y.Doc()
  joinBoard(doc, { id, name, role })
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

import http from 'node:http'
import zlib from 'node:zlib'
import { DEFAULT_ROLES, joinBoard, type ParticipantId } from '@coboard/shared'
import { now, sleep } from '../clock'
import { serveRequests } from '../ipc'
import type { BoardRef } from '../servers/launch'
import { connect, type Connection } from './connections'

// A process of phones arriving in a room (issue #17): at its own moment each phone fetches the
// participant page and the scripts and styles it names, as a browser with an empty cache would,
// then opens a real provider with the participant token, syncs, and joins the roster. Every phone
// stays connected until the run is over, as people stay in the room.

/** What the orchestrator asks of one arrivals process. */
export interface ArrivalRequest {
  readonly port: number
  readonly board: BoardRef
  /** The participant page, e.g. `/b/<id>` (the token travels in the fragment, never sent). */
  readonly pagePath: string
  /** Assets fetched besides those the page names (what a browser phone fetched later). */
  readonly extraAssets: readonly string[]
  /** Each phone's number (its participant) and when it arrives, on the shared clock. */
  readonly phones: readonly { readonly index: number; readonly at: number }[]
  /** Longest a phone may take from arrival to its roster entry being stored. */
  readonly timeoutMs: number
}

/** One phone's arrival. Times from the moment it arrived unless said otherwise. */
export interface Arrival {
  readonly index: number
  /** Null when every step succeeded. */
  readonly failure: string | null
  /** The page and every asset fetched. */
  readonly httpMs: number
  /** Body bytes as sent (compressed where the server compressed). */
  readonly httpBytes: number
  /** From opening the socket to the first sync complete. */
  readonly syncedMs: number
  /** Arrival → roster entry acknowledged as stored. */
  readonly joinedMs: number
}

const connections: Connection[] = []

async function arriveAll(request: ArrivalRequest): Promise<Arrival[]> {
  return Promise.all(request.phones.map((phone) => arrive(request, phone.index, phone.at)))
}

async function arrive(request: ArrivalRequest, index: number, at: number): Promise<Arrival> {
  await sleep(at - now())
  const arrived = now()
  const times = { httpMs: Number.NaN, httpBytes: 0, syncedMs: Number.NaN, joinedMs: Number.NaN }
  // A phone's browser keeps up to six connections to one host.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 6 })
  try {
    const page = await get(request.port, request.pagePath, agent)
    const named = [
      ...decode(page)
        .toString('utf8')
        .matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g),
    ]
    const assets = [...new Set([...named.map((match) => match[1]), ...request.extraAssets])]
    const bodies = await Promise.all(assets.map((asset) => get(request.port, asset, agent)))
    times.httpMs = now() - arrived
    times.httpBytes = [page, ...bodies].reduce((sum, response) => sum + response.bytes, 0)

    const participantId = `phone${index}` as ParticipantId
    const opened = now()
    const connection = connect('coboard', request.port, request.board, participantId)
    connections.push(connection)
    const deadline = arrived + request.timeoutMs
    await before(connection.synced, deadline, 'did not sync')
    times.syncedMs = now() - opened
    const stored = new Promise<void>((resolve) =>
      connection.onOutstanding((count) => count === 0 && resolve()),
    )
    const role = DEFAULT_ROLES[index % DEFAULT_ROLES.length].id
    joinBoard(connection.doc, { id: participantId, name: `Phone ${index}`, role })
    connection.awareness.setLocalStateField('user', { participantId, name: `Phone ${index}`, role })
    await before(stored, deadline, 'roster entry not acknowledged')
    times.joinedMs = now() - arrived
    return { index, failure: null, ...times }
  } catch (error) {
    return { index, failure: error instanceof Error ? error.message : String(error), ...times }
  } finally {
    agent.destroy()
  }
}

interface Fetched {
  /** As sent: compressed when `encoding` says so. */
  readonly body: Buffer
  readonly bytes: number
  readonly encoding: string | undefined
}

/** GET with the encodings a browser accepts; the body is counted as it comes, not decoded. */
function get(port: number, path: string, agent: http.Agent): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: '127.0.0.1', port, path, agent, headers: { 'accept-encoding': 'br, gzip' } },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          if (response.statusCode !== 200) reject(new Error(`GET ${path}: ${response.statusCode}`))
          const body = Buffer.concat(chunks)
          resolve({ body, bytes: body.length, encoding: response.headers['content-encoding'] })
        })
        response.on('error', reject)
      },
    )
    request.setTimeout(30_000, () => request.destroy(new Error(`GET ${path}: no answer in 30 s`)))
    request.on('error', reject)
  })
}

function decode({ body, encoding }: Fetched): Buffer {
  if (encoding === 'br') return zlib.brotliDecompressSync(body)
  if (encoding === 'gzip') return zlib.gunzipSync(body)
  return body
}

function before<T>(promise: Promise<T>, deadline: number, message: string): Promise<T> {
  return Promise.race([
    promise,
    sleep(deadline - now()).then(() => {
      throw new Error(message)
    }),
  ])
}

serveRequests({
  arrive: arriveAll,
  close: () => {
    for (const connection of connections) connection.destroy()
    setTimeout(() => process.exit(0), 50)
  },
})

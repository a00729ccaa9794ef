import type * as Y from 'yjs'
import type { z } from 'zod'
import { getBoardRoots } from '../roots'
import { addNote, getItemMap, initBoard, joinBoard } from '../operations'
import { acceptReframe, addReframe } from '../reframes'
import { addOutcome, setStance } from '../outcomes'
import { createCluster, setCluster } from '../clusters'
import { buildAgenda } from '../stages'
import { setReportNames } from '../reportNames'
import { setTheyFramingDismissed } from '../theyFramingDismissal'
import { logFacilitation } from '../facilitation'
import { readBoard } from '../read'
import { restoreStackIndex } from '../stacking'
import { readRecord } from '../sanitize'
import type { Template } from '../templates'
import { TemplateSchema } from '../templateSchema'
import { BoardExportSchema, type ParsedBoardExport } from './exportSchema'
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './format'
import { exportFileName } from './filename'
import { fromIsoTime } from './time'
import type { ItemId, ParticipantId, StageId } from '../schema'

export type { ParsedBoardExport }

/** What reading a board file gives: the validated export, or a message a person can act on. */
export type BoardExportParse =
  | { readonly ok: true; readonly value: ParsedBoardExport }
  | { readonly ok: false; readonly error: string }

/** How many problems an error message lists before summing up the rest. */
const MAX_LISTED_ISSUES = 8

/**
 * Validates parsed JSON as a board export (sizes capped, texts within the board's limits, ids
 * unique) and returns it, or explains in plain words what is wrong and where. Never throws.
 */
export function parseBoardExport(json: unknown): BoardExportParse {
  const record = readRecord(json)
  if (!record || record.format !== EXPORT_FORMAT) {
    return {
      ok: false,
      error: 'This is not a Coboard board file: its "format" is not "coboard-board".',
    }
  }
  const version = record.formatVersion
  if (typeof version === 'number' && version > EXPORT_FORMAT_VERSION) {
    return {
      ok: false,
      error:
        `This file was made by a newer version of Coboard (format ${version}); ` +
        `this version reads format ${EXPORT_FORMAT_VERSION} and older.`,
    }
  }
  const result = BoardExportSchema.safeParse(json)
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, error: describeIssues(result.error.issues) }
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map((issue) => `- ${formatPath(issue.path)}: ${issue.message}`)
  const more = issues.length - MAX_LISTED_ISSUES
  if (more > 0) lines.push(`- and ${more} more`)
  const count = issues.length === 1 ? 'a problem' : `${issues.length} problems`
  return `This board file has ${count}:\n${lines.join('\n')}`
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file'
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('')
}

/**
 * Writes a parsed export into a fresh, empty document through the shared operations, in one
 * transaction. Item, stage and participant ids are kept (they are unique per board, so notes,
 * clusters, reframes and votes keep pointing at each other), and so are the original times;
 * the caller gives the document its new board id and tokens. Throws if `doc` already holds a board.
 */
export function buildBoardFromExport(
  parsed: ParsedBoardExport,
  doc: Y.Doc,
  origin?: unknown,
): void {
  const roots = getBoardRoots(doc)
  if (roots.meta.size > 0 || roots.items.size > 0 || roots.stages.length > 0) {
    throw new Error('buildBoardFromExport needs an empty document')
  }
  doc.transact(() => {
    initBoard(
      doc,
      {
        title: parsed.board.title,
        purpose: parsed.board.purpose,
        createdAt: fromIsoTime(parsed.board.createdAt),
        roles: parsed.board.roles,
      },
      origin,
    )
    setReportNames(doc, parsed.board.reportNames, origin)
    restoreStages(doc, parsed, origin)
    for (const person of parsed.participants) {
      const id = person.id as ParticipantId
      joinBoard(doc, { id, name: person.name, role: person.role }, origin)
      roots.participants.get(id)?.set('joinedAt', fromIsoTime(person.joinedAt))
    }
    restoreItems(doc, parsed, origin)
    restoreVotes(doc, parsed)
    restoreFacilitation(doc, parsed)
  }, origin)
}

function restoreStages(doc: Y.Doc, parsed: ParsedBoardExport, origin: unknown) {
  const { meta } = getBoardRoots(doc)
  // Items, votes and the log refer to the exported stage id, so each stage keeps its own.
  buildAgenda(
    doc,
    parsed.stages.map((stage) => ({ ...stage, id: stage.id as StageId })),
    origin,
  )
  meta.set('currentStageId', parsed.board.currentStageId)
}

function restoreItems(doc: Y.Doc, parsed: ParsedBoardExport, origin: unknown) {
  // Clusters are created with no members and given their exported frame; members join after
  // every item exists, because a note may come before its cluster in the file.
  const emptyBoard = readBoard(doc)
  for (const item of parsed.items) {
    const id = item.id as ItemId
    const base = {
      id,
      x: item.x,
      y: item.y,
      authorId: item.authorId as ParticipantId,
      role: item.role,
      stageId: item.stageId as StageId | null,
    }
    if (item.kind === 'note') {
      // A file from before consent marks a note kept in the room with the legacy flag.
      const consent = item.keepOutOfExport ? 'room-only' : item.consent
      addNote(doc, { ...base, text: item.text, color: item.color, consent }, origin)
      if (item.theyFramingDismissed) setTheyFramingDismissed(doc, id, true, origin)
    } else if (item.kind === 'reframe') {
      const { they, we, theyRole, consent } = item
      addReframe(doc, { ...base, they, we, theyRole, consent }, origin)
      getItemMap(doc, id)?.set('sourceNoteId', item.sourceNoteId)
      for (const who of item.acceptedBy) {
        acceptReframe(
          doc,
          id,
          { participantId: who.participantId as ParticipantId, role: who.role },
          true,
          origin,
        )
      }
    } else if (item.kind === 'outcome') {
      const { baseline, target, dataSource, timeframe, owner } = item
      const details = { baseline, target, dataSource, timeframe, owner }
      addOutcome(doc, { ...base, outcome: item.outcome, measure: item.measure, details }, origin)
      for (const a of item.agreement) {
        const who = { participantId: a.participantId as ParticipantId, role: a.role }
        setStance(doc, id, who, a.stance, a.note, origin)
        // setStance stamps the stance with the time now; write back when it was really given.
        const agreement = getItemMap(doc, id)?.get('agreement') as Y.Map<unknown> | undefined
        agreement?.set(a.participantId, {
          stance: a.stance,
          role: a.role,
          note: a.note,
          at: fromIsoTime(a.at),
        })
      }
    } else {
      createCluster(doc, emptyBoard, { ...base, title: item.title, memberIds: [] }, origin)
      const map = getItemMap(doc, id)
      map?.set('width', item.width)
      map?.set('height', item.height)
    }
    // The operations place an item at rounded coordinates, in the current stage, made now;
    // an import restores where, in which stage and when it was really made.
    const map = getItemMap(doc, id)
    map?.set('x', item.x)
    map?.set('y', item.y)
    map?.set('stageId', item.stageId)
    map?.set('createdAt', fromIsoTime(item.createdAt))
    // The operations put each new item on top; the file says how the board really stacked.
    if (map) restoreStackIndex(doc, map, item.stackIndex)
  }
  for (const item of parsed.items) {
    if ((item.kind === 'note' || item.kind === 'reframe') && item.clusterId) {
      setCluster(doc, item.id as ItemId, item.clusterId as ItemId, origin)
    }
  }
}

function restoreVotes(doc: Y.Doc, parsed: ParsedBoardExport) {
  const { meta, votes } = getBoardRoots(doc)
  // startVote and castVote make a new session and accept dots only while it is open; an import
  // restores past sessions' dots as well, so both go straight to their roots.
  const session = parsed.voteSession
  if (session) meta.set('vote', { ...session, startedAt: fromIsoTime(session.startedAt) })
  for (const dot of parsed.rawVotes) {
    votes.set(`${dot.sessionId}|${dot.participantId}|${dot.slot}`, dot.itemId)
  }
}

function restoreFacilitation(doc: Y.Doc, parsed: ParsedBoardExport) {
  const { facilitators } = getBoardRoots(doc)
  // takeHat would log a new entry; the exported log is restored as it was instead.
  for (const { toParticipantId, ...event } of parsed.facilitationLog) {
    logFacilitation(doc, {
      ...event,
      participantId: event.participantId as ParticipantId,
      stageId: event.stageId as StageId | null,
      at: fromIsoTime(event.at),
      ...(toParticipantId ? { toParticipantId: toParticipantId as ParticipantId } : {}),
    })
  }
  for (const id of parsed.facilitators) {
    const since = parsed.facilitationLog.findLast(
      (event) => event.participantId === id && event.action === 'took-hat',
    )
    facilitators.set(id, fromIsoTime(since?.at ?? parsed.board.createdAt))
  }
}

/** The agenda of an export as a template: the same stages, and nothing anyone wrote. */
export function templateFromExport(parsed: ParsedBoardExport): Template {
  return TemplateSchema.parse({
    id: exportFileName(parsed.board.title, '').slice(0, 64),
    title: parsed.board.title.trim() || 'Imported agenda',
    description: parsed.board.purpose,
    stages: parsed.stages.map((stage) => ({
      title: stage.title.trim() || 'Stage',
      prompt: stage.prompt,
      minutes: stage.minutes,
      private: stage.private,
    })),
  })
}

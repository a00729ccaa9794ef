import * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { randomId } from './ids'
import { readFlag, readId, readString, readText, cutText } from './sanitize'
import { logFacilitation, wearsHat, type HatWearer } from './facilitation'
import { resetTimer, readTimer } from './timer'
import { separateCards } from './separateCards'
import type { Template } from './templates'
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, type ItemId, type Stage, type StageId } from './schema'

/** Reads the agenda in order, skipping malformed entries and repeated ids. */
export function readStages(doc: Y.Doc): readonly Stage[] {
  const seen = new Set<string>()
  const stages: Stage[] = []
  for (const entry of getBoardRoots(doc).stages.toArray()) {
    if (!(entry instanceof Y.Map)) continue
    const id = readId<StageId>(entry.get('id'))
    if (!id || seen.has(id)) continue
    seen.add(id)
    const minutes = entry.get('minutes')
    stages.push({
      id,
      title: readString(entry.get('title'), MAX_TITLE_LENGTH, 'Stage'),
      prompt: readText(entry.get('prompt'), MAX_TEXT_LENGTH),
      minutes:
        typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0
          ? Math.min(240, Math.round(minutes))
          : null,
      private: readFlag(entry.get('private')),
      revealed: readFlag(entry.get('revealed')),
    })
  }
  return stages
}

/** The stage that is current now, or null on a board without an agenda. */
export function currentStage(stages: readonly Stage[], currentStageId: StageId | null) {
  return stages.find((stage) => stage.id === currentStageId) ?? null
}

export interface NewStage {
  readonly title: string
  readonly prompt?: string
  readonly minutes?: number | null
  readonly private?: boolean
  /** Lets imports keep a stage's id; a fresh one is made otherwise. */
  readonly id?: StageId
}

/**
 * Appends a stage to the agenda and returns its id, or null unless `by` wears the facilitator
 * hat; the first stage becomes current.
 */
export function addStage(
  doc: Y.Doc,
  stage: NewStage,
  by: HatWearer,
  origin?: unknown,
): StageId | null {
  if (!wearsHat(doc, by.participantId)) return null
  let id: StageId | null = null
  doc.transact(() => {
    id = appendStage(doc, stage)
  }, origin)
  return id
}

/** A stage of an agenda being built, as a template or an exported board holds it. */
export interface AgendaStage extends NewStage {
  /** Whether a private stage's notes are already face up (an imported board's). */
  readonly revealed?: boolean
}

/**
 * Appends stages to a board that is being built (from a template or an imported file) before
 * anyone steers it, so unlike addStage it asks for no hat; returns their ids in order.
 */
export function buildAgenda(
  doc: Y.Doc,
  agenda: readonly AgendaStage[],
  origin?: unknown,
): StageId[] {
  const ids: StageId[] = []
  doc.transact(() => {
    for (const stage of agenda) ids.push(appendStage(doc, stage))
  }, origin)
  return ids
}

/** Adds a template's stages to the board, with the timer set to the first one's length. */
export function applyTemplate(doc: Y.Doc, template: Template, origin?: unknown): void {
  doc.transact(() => {
    buildAgenda(doc, template.stages, origin)
    const first = readStages(doc)[0]
    if (first?.minutes) setStageTimer(doc, first.minutes)
  }, origin)
}

export interface StageEdit {
  readonly title?: string
  readonly prompt?: string
  readonly minutes?: number | null
  readonly private?: boolean
}

/** Edits a stage's title, prompt, length or privacy; false unless `by` wears the hat. */
export function editStage(
  doc: Y.Doc,
  stageId: StageId,
  edit: StageEdit,
  by: HatWearer,
  origin?: unknown,
): boolean {
  if (!wearsHat(doc, by.participantId)) return false
  const map = findStageMap(doc, stageId)
  if (!map) return false
  doc.transact(() => {
    if (edit.title !== undefined)
      map.set('title', cutText(edit.title.trim(), MAX_TITLE_LENGTH) || 'Stage')
    if (edit.prompt !== undefined) map.set('prompt', cutText(edit.prompt, MAX_TEXT_LENGTH))
    if (edit.minutes !== undefined) map.set('minutes', edit.minutes)
    if (edit.private !== undefined) map.set('private', edit.private)
  }, origin)
  return true
}

/**
 * Removes a stage, false unless `by` wears the hat; items made in it keep their stage id and
 * show as "from an earlier agenda".
 */
export function removeStage(
  doc: Y.Doc,
  stageId: StageId,
  by: HatWearer,
  origin?: unknown,
): boolean {
  if (!wearsHat(doc, by.participantId)) return false
  const { stages, meta } = getBoardRoots(doc)
  const index = stages
    .toArray()
    .findIndex((map) => map instanceof Y.Map && map.get('id') === stageId)
  if (index < 0) return false
  doc.transact(() => {
    stages.delete(index, 1)
    if (meta.get('currentStageId') === stageId) {
      meta.set('currentStageId', readStages(doc)[Math.max(0, index - 1)]?.id ?? null)
    }
  }, origin)
  return true
}

/**
 * Makes `stageId` current, logs who did it, and sets the timer to the stage's length; false
 * unless `by` wears the hat. Moving on from a private stage reveals it, so nobody's notes stay
 * hidden by accident, and takes down any spotlight.
 */
export function goToStage(doc: Y.Doc, stageId: StageId, by: HatWearer, origin?: unknown): boolean {
  if (!wearsHat(doc, by.participantId)) return false
  const stages = readStages(doc)
  const target = stages.find((stage) => stage.id === stageId)
  if (!target) return false
  const { meta } = getBoardRoots(doc)
  const previous = readId<StageId>(meta.get('currentStageId'))
  if (previous === stageId) return true
  doc.transact(() => {
    if (previous) findStageMap(doc, previous)?.set('revealed', true)
    meta.set('currentStageId', stageId)
    // A spotlight belongs to the stage it was put up in: the wall follows the room on.
    meta.delete('spotlight')
    if (target.minutes) setStageTimer(doc, target.minutes)
    logFacilitation(doc, { ...by, action: 'advanced-stage', stageId, at: Date.now() })
  }, origin)
  return true
}

/** Moves to the next stage (as goToStage); false at the end of the agenda. */
export function advanceStage(doc: Y.Doc, by: HatWearer, origin?: unknown): boolean {
  const stages = readStages(doc)
  const next = stages[currentIndex(doc, stages) + 1]
  return next ? goToStage(doc, next.id, by, origin) : false
}

/** Moves back to the previous stage (as goToStage); false on the first stage. */
export function retreatStage(doc: Y.Doc, by: HatWearer, origin?: unknown): boolean {
  const stages = readStages(doc)
  const index = currentIndex(doc, stages)
  return index > 0 ? goToStage(doc, stages[index - 1].id, by, origin) : false
}

/**
 * Reveals the notes of a private stage to everyone, moving any that would cover another card to
 * the nearest free place (separateCards); false unless `by` wears the hat.
 */
export function revealStage(
  doc: Y.Doc,
  stageId: StageId,
  by: HatWearer,
  origin?: unknown,
): boolean {
  if (!wearsHat(doc, by.participantId)) return false
  const map = findStageMap(doc, stageId)
  if (!map) return false
  doc.transact(() => {
    map.set('revealed', true)
    // Written out of sight of each other, two people's notes may sit on one spot.
    const written = new Set<ItemId>()
    getBoardRoots(doc).items.forEach((item, id) => {
      if (item instanceof Y.Map && item.get('stageId') === stageId) written.add(id as ItemId)
    })
    separateCards(doc, written)
  }, origin)
  return true
}

/** The current stage's place in `stages`, -1 when there is none. */
function currentIndex(doc: Y.Doc, stages: readonly Stage[]): number {
  const current = readId<StageId>(getBoardRoots(doc).meta.get('currentStageId'))
  return stages.findIndex((stage) => stage.id === current)
}

/** Appends one stage, inside the caller's transaction; the first stage becomes current. */
function appendStage(doc: Y.Doc, stage: AgendaStage): StageId {
  const id = stage.id ?? (randomId(10) as StageId)
  const { stages, meta } = getBoardRoots(doc)
  const map = new Y.Map<unknown>()
  map.set('id', id)
  map.set('title', cutText(stage.title.trim(), MAX_TITLE_LENGTH) || 'Stage')
  map.set('prompt', cutText(stage.prompt ?? '', MAX_TEXT_LENGTH))
  map.set('minutes', stage.minutes ?? null)
  map.set('private', stage.private === true)
  map.set('revealed', stage.revealed === true)
  stages.push([map])
  if (!readId(meta.get('currentStageId'))) meta.set('currentStageId', id)
  return id
}

function setStageTimer(doc: Y.Doc, minutes: number) {
  const { meta } = getBoardRoots(doc)
  meta.set('timer', resetTimer(readTimer(meta.get('timer')), minutes * 60_000))
}

function findStageMap(doc: Y.Doc, stageId: StageId): Y.Map<unknown> | null {
  const found = getBoardRoots(doc)
    .stages.toArray()
    .find((map) => map instanceof Y.Map && map.get('id') === stageId)
  return found ?? null
}

import {
  readImport as readImportFile,
  renderExport as renderBoard,
  type ImportOutcome,
  type RenderOutcome,
  type RenderTask,
} from './boardTasks'
import { moveResult } from './transfer'

// The tasks as the worker threads export them (boardWorker.mjs): boardTasks' functions, with the
// bytes of their results moved to the server's thread rather than copied.

export function renderExport(task: RenderTask): RenderOutcome {
  const outcome = renderBoard(task)
  return moveResult(outcome, outcome?.ok ? outcome.file.body : null)
}

export function readImport(task: { readonly body: Uint8Array }): ImportOutcome {
  const outcome = readImportFile(task)
  return moveResult(outcome, outcome.ok ? outcome.states : null)
}

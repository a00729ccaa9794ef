import type { BoardItem, BoardSnapshot, Participant } from '../schema'

/** Version of the export file format; bumped when a field changes meaning. */
export const EXPORT_FORMAT_VERSION = 1

/** One item in the JSON export: its fields as plain values, text as plain strings. */
export type ExportedItem = BoardItem

/** The lossless JSON export of a board (`GET /api/boards/:id/export.json`). */
export interface BoardExport {
  readonly format: 'coboard-board'
  readonly formatVersion: number
  readonly schemaVersion: number
  readonly exportedAt: string
  readonly board: {
    readonly id: string
    readonly title: string
    readonly purpose: string
    readonly createdAt: string
    readonly roles: BoardSnapshot['meta']['roles']
  }
  readonly participants: readonly Participant[]
  readonly items: readonly ExportedItem[]
}

/** Builds the JSON export of a board snapshot; items and participants in a stable order. */
export function exportBoardJson(
  boardId: string,
  board: BoardSnapshot,
  now: Date = new Date(),
): BoardExport {
  return {
    format: 'coboard-board',
    formatVersion: EXPORT_FORMAT_VERSION,
    schemaVersion: board.meta.schemaVersion,
    exportedAt: now.toISOString(),
    board: {
      id: boardId,
      title: board.meta.title,
      purpose: board.meta.purpose,
      createdAt: new Date(board.meta.createdAt).toISOString(),
      roles: board.meta.roles,
    },
    participants: [...board.participants.values()].sort(byTimeThenId),
    items: [...board.items.values()].sort(byTimeThenId),
  }
}

function byTimeThenId(
  a: { readonly id: string; readonly createdAt?: number; readonly joinedAt?: number },
  b: typeof a,
) {
  const timeA = a.createdAt ?? a.joinedAt ?? 0
  const timeB = b.createdAt ?? b.joinedAt ?? 0
  return timeA - timeB || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

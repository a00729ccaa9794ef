import { existsSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_CONFIG } from '../config'
import { createLogger } from '../logger'
import type { BoardStore } from '../storage/BoardStore'
import { openStore } from '../storage/openStore'
import { SQLITE_FILE } from '../storage/SqliteBoardStore'

/** The storage could not be opened; the message says where the command looked. */
export class StoreNotFound extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StoreNotFound'
  }
}

/**
 * Opens the storage the server uses: SQLite in `dataDir` when given, else PostgreSQL when
 * DATABASE_URL is set, else SQLite in DATA_DIR or ./data. A missing SQLite file is an error
 * rather than a new empty database, so a mistyped folder is noticed.
 */
export function openExportStore(
  dataDir: string | null,
  env: NodeJS.ProcessEnv = process.env,
): BoardStore {
  const databaseUrl = dataDir === null ? env.DATABASE_URL?.trim() || null : null
  const folder = path.resolve(dataDir ?? (env.DATA_DIR?.trim() || DEFAULT_CONFIG.dataDir))
  if (!databaseUrl && !existsSync(path.join(folder, SQLITE_FILE))) {
    throw new StoreNotFound(
      `There is no Coboard database in ${folder} (no ${SQLITE_FILE}). Pass --data-dir with the ` +
        "server's DATA_DIR, or set DATABASE_URL as the server has it.",
    )
  }
  // Silent: the store would log where it stores boards, and the output may be standard output.
  return openStore({ databaseUrl, dataDir: folder }, createLogger('silent'))
}

import path from 'node:path'
import type { ServerConfig } from '../config'
import type { Logger } from '../logger'
import type { BoardStore } from './BoardStore'
import { PostgresBoardStore } from './PostgresBoardStore'
import { SqliteBoardStore } from './SqliteBoardStore'

/**
 * The store the configuration asks for: PostgreSQL when DATABASE_URL is set (several instances
 * can share it), otherwise the embedded SQLite file in DATA_DIR. PostgreSQL connects and migrates
 * on first use, so a database that is not up yet shows in /readyz instead of stopping the start.
 */
export function openStore(
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>,
  log: Logger,
): BoardStore {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl)
    // Host and database only: the URL may carry a password.
    log.info({ host: url.host, database: url.pathname.slice(1) }, 'storing boards in PostgreSQL')
    return new PostgresBoardStore({ connectionString: config.databaseUrl, log })
  }
  const dataDir = path.resolve(config.dataDir)
  log.info({ dataDir }, 'storing boards in SQLite')
  return SqliteBoardStore.open(dataDir, log)
}

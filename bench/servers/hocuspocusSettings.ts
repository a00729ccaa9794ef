// Shared by the stock Hocuspocus server process, the orchestrator and the disk watcher. Kept
// apart from hocuspocus.ts, whose import starts a server.

/** The token every board of the stock Hocuspocus server accepts. */
export const HOCUSPOCUS_TOKEN = 'secret'

/** Name of its database file in the data folder. */
export const HOCUSPOCUS_FILE = 'hocuspocus.sqlite'

// The entry point of the board worker threads (see BoardWorkers.ts). The server runs its
// TypeScript through tsx, but a worker thread starts without the parent's loader when the parent
// was started by vitest or another runner, so this plain module registers tsx in its own thread
// (with the repository's tsconfig, for the `@coboard/shared` path) before importing the tasks.
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

register({ tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)) })
const tasks = await import('./workerTasks.ts')

export const renderExport = tasks.renderExport
export const readImport = tasks.readImport

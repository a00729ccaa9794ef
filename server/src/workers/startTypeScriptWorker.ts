import fs from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

// The server runs its TypeScript through tsx (`npm start`, the tests through Vite). A worker
// thread starts without either, so this bootstrap registers tsx's loader in the new thread first
// and then imports the entry. tsx is resolved here, from the server's own node_modules, so the
// worker does not depend on the process's working directory. Its ES module build is the one
// that works from a bare worker (the CommonJS one imports a path it does not ship), so the
// package's exports map is read for it.
const TSX_API = tsxEsmApi()

const BOOTSTRAP = `
const { workerData } = require('node:worker_threads')
import(workerData.tsxApi)
  .then((api) => {
    api.register()
    return import(workerData.entry)
  })
  .catch((error) => {
    process.nextTick(() => {
      throw error
    })
  })
`

/** The file URL of tsx's `tsx/esm/api` for `import`. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json')
  const { exports } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>
  }
  return new URL(exports['./esm/api'].import.default, pathToFileURL(manifest)).href
}

/**
 * Starts the TypeScript module `entry` in a worker thread; it reads `data` from
 * `workerData.data`. A module that fails to load surfaces as the worker's 'error' event.
 */
export function startTypeScriptWorker(entry: URL, data: unknown): Worker {
  return new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { tsxApi: TSX_API, entry: entry.href, data },
  })
}

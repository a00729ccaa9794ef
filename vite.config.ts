import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { compression, defineAlgorithm } from 'vite-plugin-compression2'

// The client lives in client/; `npm run dev` proxies the API and the collaboration socket to the
// Node server on DEV_SERVER_PORT so hot reload and real sync work together.
const apiPort = process.env.DEV_SERVER_PORT ?? '4444'

/** Node, tests and the type checker see all of shared/ (tsconfig paths point at index.ts). */
export const sharedAlias = {
  '@coboard/shared': fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)),
}

/**
 * The browser bundle gets shared/src/client.ts, the subset without the validators, so no zod
 * schema ships to phones. zod itself does, in part: client/src/lib/zodJitless.ts imports its
 * `config` first thing to turn its JIT off, whose `new Function` probe the strict CSP refuses.
 */
/** A module of shared/src, as the bundler names it. */
const SHARED_SOURCE = /[\\/]shared[\\/]src[\\/]/

const clientSharedAlias = {
  '@coboard/shared': fileURLToPath(new URL('./shared/src/client.ts', import.meta.url)),
}

export default defineConfig({
  root: 'client',
  plugins: [
    react(),
    // Brotli and gzip copies beside each file worth compressing, made once here at the highest
    // levels rather than on every request; the server sends the one a browser takes (sirv).
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
        }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      exclude: [/\.map$/],
      threshold: 1024,
      skipIfLargerOrEqual: true,
    }),
  ],
  resolve: { alias: clientSharedAlias },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    // Which chunk holds which source (.vite/manifest.json; a dot-folder, never served): the
    // browser tests read it to check what a phone loads.
    manifest: true,
    rolldownOptions: {
      // shared/ is pure: its modules define things and run nothing on import. Said so, the
      // bundler can leave out of a chunk what that chunk does not use, instead of carrying all
      // of shared/src/client.ts (the export renderers too) into the first chunk a phone loads.
      treeshake: { moduleSideEffects: (id: string) => !SHARED_SOURCE.test(id) },
    },
  },
  server: {
    proxy: {
      '/api': `http://127.0.0.1:${apiPort}`,
      '/healthz': `http://127.0.0.1:${apiPort}`,
      '/collab': { target: `ws://127.0.0.1:${apiPort}`, ws: true },
    },
  },
})

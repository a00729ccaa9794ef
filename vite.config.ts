import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

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
const clientSharedAlias = {
  '@coboard/shared': fileURLToPath(new URL('./shared/src/client.ts', import.meta.url)),
}

export default defineConfig({
  root: 'client',
  plugins: [react()],
  resolve: { alias: clientSharedAlias },
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': `http://127.0.0.1:${apiPort}`,
      '/healthz': `http://127.0.0.1:${apiPort}`,
      '/collab': { target: `ws://127.0.0.1:${apiPort}`, ws: true },
    },
  },
})

import { spawn, type ChildProcess } from 'node:child_process'

// `npm run dev`: the API and collaboration server on DEV_SERVER_PORT (restarted by tsx when its
// code changes) and Vite with hot reload on VITE_PORT, which proxies /api and /collab to it (see
// vite.config.ts). The page comes from Vite's origin, so the server is told to accept sockets
// from it and to put it in the links it hands out. Ctrl+C stops both; if either stops, so does
// the other.

const serverPort = process.env.DEV_SERVER_PORT ?? '4444'
const vitePort = process.env.VITE_PORT ?? '5173'
const pageOrigins = [`http://localhost:${vitePort}`, `http://127.0.0.1:${vitePort}`]

const children: ChildProcess[] = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'server/src/main.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: serverPort,
      HOST: '127.0.0.1',
      PUBLIC_URL: process.env.PUBLIC_URL ?? pageOrigins[0],
      ALLOWED_ORIGINS: process.env.ALLOWED_ORIGINS ?? pageOrigins.join(','),
    },
  }),
  spawn('npx', ['vite', '--port', vitePort, '--strictPort'], {
    stdio: 'inherit',
    env: { ...process.env, DEV_SERVER_PORT: serverPort },
  }),
]

let stopping = false
const stopAll = (code: number) => {
  if (stopping) return
  stopping = true
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  process.exitCode = code
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0))

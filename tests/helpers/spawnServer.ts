import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/** `server/src/main.ts` running as its own process, as operators run it. */
export interface ServerProcess {
  readonly child: ChildProcess
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  /** Every line the process wrote to stdout (JSON log lines) so far. */
  readonly lines: string[]
  /** Everything it wrote to stderr so far. */
  readonly stderr: () => string
  readonly exited: Promise<number | null>
  /** SIGKILL: no shutdown, no last write; what a crash or a lost machine looks like. */
  kill(): Promise<void>
  /** SIGTERM and wait for the exit code. */
  stop(): Promise<number | null>
}

const ROOT = path.resolve(import.meta.dirname, '../..')

/** `node --import tsx server/src/main.ts`; `npm run serve` runs the tsx command line instead. */
const NODE_WITH_TSX = [process.execPath, '--import', 'tsx', 'server/src/main.ts']

/** What `npm run serve` runs: `tsx server/src/main.ts`. */
export const NPM_RUN_SERVE = [path.join(ROOT, 'node_modules/.bin/tsx'), 'server/src/main.ts']

/**
 * Starts main.ts with `env` on top of this process's environment (PORT 0, host 127.0.0.1, info
 * logs) and resolves once it logs that it is listening; rejects if it exits first.
 */
export function spawnServer(
  env: Record<string, string>,
  command: readonly string[] = NODE_WITH_TSX,
): Promise<ServerProcess> {
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))

  return new Promise((resolve, reject) => {
    let buffered = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const complete = buffered.split('\n')
      buffered = complete.pop()!
      for (const line of complete) {
        lines.push(line)
        const entry = parseLogLine(line)
        if (entry?.msg !== 'listening') continue
        resolve({
          child,
          url: entry.url!,
          lines,
          stderr: () => stderr,
          exited,
          async kill() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
            await exited
          },
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
            return exited
          },
        })
      }
    })
    void exited.then((code) =>
      reject(new Error(`main.ts exited with ${code} before listening:\n${stderr}`)),
    )
  })
}

/** A pino line, or null for anything else a library may have printed. */
function parseLogLine(line: string): { msg?: string; url?: string } | null {
  try {
    return JSON.parse(line) as { msg?: string; url?: string }
  } catch {
    return null
  }
}

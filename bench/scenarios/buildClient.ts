import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

// The client the browser phases measure: built with Vite into the run's own folder, so a shared
// dist/ is never overwritten mid-run and the run measures the sources as they are.

/** Builds client/ into `<workDir>/client`; answers the folder, or why the build failed. */
export function buildClient(
  workDir: string,
): { readonly ok: true; readonly dir: string } | { readonly ok: false; readonly reason: string } {
  const dir = path.join(workDir, 'client')
  if (fs.existsSync(path.join(dir, 'index.html'))) return { ok: true, dir }
  const build = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir'], {
    encoding: 'utf8',
    timeout: 180_000,
  })
  if (build.status === 0 && fs.existsSync(path.join(dir, 'index.html'))) return { ok: true, dir }
  const output = (build.stderr || build.stdout || String(build.error)).trim()
  return { ok: false, reason: `vite build failed: ${output.split('\n').slice(-3).join(' ')}` }
}

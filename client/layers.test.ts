import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The client's folders form layers (README, "Layout"): core → adapters → ui → canvas → features →
// screens → routes, each importing only those below. The lint rule in eslint.config.js keeps new
// code in line; these tests prove the rule bites and that the folders as they stand obey it.

const SRC = resolve(__dirname, 'src')

describe('the lint rule on client layers', () => {
  const eslint = new ESLint({ cwd: resolve(__dirname, '..') })
  const problems = async (file: string, code: string) => {
    const [result] = await eslint.lintText(`${code}\nexport const _used = [x]\n`, {
      filePath: join(SRC, file),
    })
    return result.messages.map((message) => message.message)
  }

  it.each([
    [
      'core/state/uiStore.ts',
      "import { x } from '../../adapters/useUi'",
      'core/ sits below adapters/',
    ],
    ['core/state/uiStore.ts', "import { useState as x } from 'react'", 'board without React'],
    ['adapters/useUi.ts', "import { x } from '../ui/Icon'", 'adapters/ sits below ui/'],
    ['ui/Icon.tsx', "import { x } from '../canvas/camera'", 'ui/ sits below canvas/'],
    [
      'canvas/camera.ts',
      "import { x } from '../features/notes/NoteCard'",
      'canvas/ sits below features/',
    ],
    [
      'features/notes/NoteCard.tsx',
      "import { x } from '../reframes/ReframeCard'",
      'never imports another feature',
    ],
    [
      'features/notes/NoteCard.tsx',
      "import { x } from '../../screens/board/TopBar'",
      'features/ sits below screens/',
    ],
    [
      'screens/board/TopBar.tsx',
      "import { x } from '../phone/PhoneScreen'",
      'imports no other screen',
    ],
    [
      'screens/board/TopBar.tsx',
      "import { x } from '../../routes/BoardRoute'",
      'screens/ sits below routes/',
    ],
    ['ui/Icon.tsx', "import * as x from 'yjs'", 'not yjs'],
  ])('refuses %s importing upward: %s', async (file, code, words) => {
    expect((await problems(file, code)).join('\n')).toContain(words)
  })

  it.each([
    ['features/notes/NoteCard.tsx', "import { x } from '../../canvas/camera'"],
    ['features/notes/NoteCard.tsx', "import { x } from './NoteText'"],
    ['screens/projector/ProjectorBoard.tsx', "import { x } from '../common/ItemCard'"],
    ['core/actions/boardActions.ts', "import * as x from 'yjs'"],
  ])('lets %s import downward or within: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([])
  })
})

describe('the client folders as they stand', () => {
  const edges = folderImports()

  it('have no cycle between folders larger than two', () => {
    const larger = stronglyConnected(edges).filter((component) => component.length > 2)
    expect(larger).toEqual([])
  })

  it('have no feature that imports another feature', () => {
    const crossing = [...edges].flatMap(([from, targets]) =>
      from.startsWith('features/')
        ? [...targets].filter((to) => to.startsWith('features/')).map((to) => `${from} → ${to}`)
        : [],
    )
    expect(crossing).toEqual([])
  })
})

/** Which client folders import which, from every relative import in every source file. */
function folderImports(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>()
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, dirname(file)) || '.'
    for (const match of readFileSync(file, 'utf8').matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)) {
      const to = relative(SRC, dirname(resolve(dirname(file), match[1]))) || '.'
      if (to === from || to.startsWith('..')) continue
      if (!edges.has(from)) edges.set(from, new Set())
      edges.get(from)!.add(to)
    }
  }
  return edges
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** Tarjan's strongly connected components: each is a set of folders that import each other. */
function stronglyConnected(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const components: string[][] = []
  const visit = (node: string) => {
    index.set(node, index.size)
    low.set(node, index.get(node)!)
    stack.push(node)
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!))
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        component.push(member)
      } while (member !== node)
      components.push(component)
    }
  }
  for (const node of edges.keys()) if (!index.has(node)) visit(node)
  return components
}

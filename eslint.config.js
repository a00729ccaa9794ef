import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'only', message: 'Do not commit .only' },
        { object: 'it', property: 'only', message: 'Do not commit .only' },
        { object: 'test', property: 'only', message: 'Do not commit .only' },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...clientLayers(),
)

/**
 * The client's layers, lowest first: each may import only those before it. ESLint's own
 * no-restricted-imports enforces it (a regex on each import's path), so a new upward import
 * fails `npm run lint`. Features never import one another, and screens share only
 * screens/common, so the widgets stay leaves that screens assemble.
 */
function clientLayers() {
  const layers = ['core', 'adapters', 'ui', 'canvas', 'features', 'screens', 'routes']
  // Components read the board through the store and write through shared operations.
  const noYjs = { name: 'yjs', message: 'Use the board store and shared operations, not yjs.' }
  const noReact = ['react', 'react-dom', 'zustand', '@dnd-kit/core'].map((name) => ({
    name,
    message: 'core/ is the board without React: put hooks in adapters/.',
  }))
  const rules = layers.map((folder, index) => {
    const above = layers.slice(index + 1)
    const patterns = above.map((name) => ({
      regex: `(^|/)${name}/`,
      message: `${folder}/ sits below ${name}/ and may not import it (see the layers in README.md).`,
    }))
    if (folder === 'features') {
      patterns.push({
        regex: '^\\.\\./(?!\\.)',
        message:
          'A feature never imports another feature: move the shared piece down a layer, or let the screen pass it in.',
      })
    }
    if (folder === 'screens') {
      patterns.push({
        regex: '^\\.\\./(?!\\.|common/)',
        message: 'A screen imports no other screen; what two screens show lives in screens/common.',
      })
    }
    return {
      files: [`client/src/${folder}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            // core/ is the client's door to the document, so it alone may use yjs.
            paths: folder === 'core' ? noReact : [noYjs],
            patterns,
          },
        ],
      },
    }
  })
  const top = {
    files: ['client/src/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [noYjs] }] },
  }
  return [top, ...rules]
}

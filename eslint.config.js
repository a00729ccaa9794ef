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
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Components read the board through the store and write through shared operations.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'yjs', message: 'Use the board store and shared operations, not yjs.' }],
        },
      ],
    },
  },
  {
    // The sync layer and the store are the client's only doors to the document.
    files: ['client/src/sync/**', 'client/src/state/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
)

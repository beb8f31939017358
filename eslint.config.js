// Lint rules, including the layering: shared/ is platform-free, the renderer never imports Node or main code, nor the schemas' values.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'test-results', '.bench-out', '.scratch'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['node:*', 'fs', 'path', 'better-sqlite3', 'electron'], message: 'shared/ runs in the renderer too: no Node or Electron.' },
        { group: ['**/src-main/**', '**/src-renderer/**', 'react', 'react-dom'], message: 'shared/ imports nothing from the layers above it.' },
      ] }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['node:*', 'fs', 'path', 'better-sqlite3', 'electron'], message: 'The renderer reaches the main process only through the API client.' },
        { group: ['**/src-main/**'], message: 'The renderer reaches the main process only through the API client.' },
        // The schemas are the main process's to check; values from them would put zod into the app's bundle (and its startup).
        { group: ['**/shared/model', '**/shared/api', '**/shared/api/*', '**/shared/extraction'], allowTypeImports: true,
          message: 'Import types only from the schemas; plain lists come from shared/vocabulary.' },
      ] }],
    },
  },
  {
    // The print page checks its options from the query string with the shared schema, so zod is in its bundle alone.
    files: ['src-renderer/print/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
);

// Lint, including the layer rules of STYLE.md: what each folder may import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

// Exact module names go in `paths` (a pattern like "inspector" would also match "../inspector/x").
const nodeBuiltins = [...builtinModules, 'node:*'];
const uiPackages = ['react', 'react-dom', 'react-dom/*', '@xyflow/*', 'react/*'];

/** A `no-restricted-imports` setting that forbids the given module names (exact) and globs (with `*`). */
function forbid(names, message) {
  const globs = names.filter((name) => name.includes('*'));
  const exact = names.filter((name) => !name.includes('*'));
  return ['error', { paths: exact.map((name) => ({ name, message })), patterns: globs.length ? [{ group: globs, message }] : [] }];
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'scratch/**', 'test-results/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/node/**'],
    rules: {
      'no-restricted-imports': forbid(
        [...nodeBuiltins, ...uiPackages, 'electron', 'electron/*'],
        'shared/ is the pure core: no Node, DOM, React or Electron (STYLE.md, Layers).',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['shared/node/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid([...uiPackages, 'electron', 'electron/*'], 'shared/node/ may use Node, never Electron or React.'),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': forbid(
        [...nodeBuiltins, 'electron', 'electron/*', '**/shared/node/*'],
        'renderer/ reaches the host only through the Host facade: no Node or Electron.',
      ),
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid([...uiPackages, 'electron', 'electron/*'], 'cli/ runs under plain Node: no React or Electron.'),
    },
  },
);

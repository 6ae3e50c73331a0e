// Lint for the whole repository. Besides the usual recommended rules it enforces the
// layers of STYLE.md: an import that crosses a layer the wrong way fails `npm run lint`.
// tests/lint/boundaries.test.ts proves that the layer rules really fire.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Packages that tie code to one runtime. shared/ must run everywhere (renderer, main, CLI, workers).
const RUNTIME_BOUND_PACKAGES = ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'];

// Each top-level folder is one layer. Anchored at the repository root (partialMatch: false),
// so tests/shared/** is a test, not shared code.
const LAYERS = [
  { type: 'shared', pattern: 'shared', partialMatch: false },
  { type: 'renderer', pattern: 'renderer', partialMatch: false },
  { type: 'electron-main', pattern: 'electron/main', partialMatch: false },
  { type: 'electron-preload', pattern: 'electron/preload', partialMatch: false },
  { type: 'cli', pattern: 'electron/cli', partialMatch: false },
  { type: 'tests', pattern: 'tests', partialMatch: false },
];

const from = (type) => ({ element: { type } });
const toLayers = (...types) => ({ to: { element: { types: { anyOf: types } } } });

// Evaluated in order; the last policy that matches a dependency decides.
const LAYER_POLICIES = [
  // Packages and Node built-ins are allowed unless a later policy forbids them.
  { allow: { to: { module: { origin: ['external', 'core'] } } } },

  { from: from('shared'), allow: toLayers('shared') },
  {
    from: from('shared'),
    disallow: [{ to: { module: { origin: 'core' } } }, { to: { module: { origin: 'external', source: RUNTIME_BOUND_PACKAGES } } }],
    message: 'shared/ is pure TypeScript: no electron, node:*, react, dexie or zustand, and nothing from the other folders.',
  },

  { from: from('renderer'), allow: toLayers('renderer', 'shared') },
  {
    from: from('renderer'),
    disallow: [{ to: { module: { origin: 'core' } } }, { to: { module: { origin: 'external', source: 'electron' } } }],
    message: 'renderer/ runs in the browser: it never imports electron or Node built-ins; use renderer/platform.',
  },

  { from: from('electron-main'), allow: toLayers('electron-main', 'shared') },
  { from: from('electron-preload'), allow: toLayers('electron-preload', 'shared') },

  { from: from('cli'), allow: toLayers('cli', 'shared') },
  {
    from: from('cli'),
    disallow: { to: { module: { origin: 'external', source: 'electron' } } },
    message: 'electron/cli is plain Node: it never imports electron.',
  },

  // Also catches an import the resolver cannot find, so a broken resolver fails loudly.
  {
    disallow: { to: { element: { isUnknown: true }, module: { origin: 'local' } } },
    message: 'This import points to a file that does not exist or lies outside the layers (shared/, renderer/, electron/, tests/).',
  },

  { from: from('tests'), allow: { to: { module: { origin: 'local' } } } },
];

export default defineConfig(
  globalIgnores(['dist/', 'release/', 'node_modules/', 'bench-results/', 'coverage/', '.bench-cache/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },

  // Where the code runs decides which globals exist.
  { files: ['renderer/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['electron/**', 'tests/**', 'build/scripts/**', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  // Tests drive the renderer in fake-indexeddb or real Chromium, so browser globals are legitimate there too.
  { files: ['tests/**'], languageOptions: { globals: globals.browser } },

  // Hooks live in .ts files too (state selectors, data hooks), not only in components.
  { files: ['renderer/**/*.{ts,tsx}'], extends: [reactHooks.configs.flat.recommended] },

  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
      // Imports are relative and extensionless (moduleResolution Bundler). The node resolver with TS
      // extensions finds them; eslint-import-resolver-typescript is avoided on purpose (TOOLCHAIN.md).
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          // Without this, an import that resolves to no known file would be skipped silently.
          checkUnknownLocals: true,
          policies: LAYER_POLICIES,
        },
      ],
    },
  },
);

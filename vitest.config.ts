import { defineConfig } from 'vitest/config';

// Fast tests: pure logic, the Dexie layer on fake-indexeddb, main-process modules
// with only the `electron` module mocked. The e2e and packaging suites have their own config.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/packaging/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup/unit.ts'],
    pool: 'threads',
    maxWorkers: 2,
    // age's scrypt (work factor 18) in pure JS takes seconds per file on a slow, loaded
    // 2-core machine; these are ceilings against hangs, not speed checks (the bench measures speed).
    testTimeout: 60000,
    hookTimeout: 60000,
  },
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
});

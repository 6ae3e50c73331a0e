import { defineConfig } from 'vitest/config';

// Slow tests against real artefacts: the built renderer in real Chromium, and the
// packaged app.asar. globalSetup builds once; files run one after another (2 cores).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/packaging/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120000,
    hookTimeout: 180000,
  },
});

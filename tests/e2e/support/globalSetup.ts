import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the preview server that serves the built renderer, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../../..', import.meta.url));
const builtFiles = ['dist/renderer/index.html', 'dist/electron/main.cjs', 'dist/electron/preload.cjs'];

/**
 * Builds the app once for the whole e2e run and serves the renderer with the repo's
 * own vite.config.ts (so the page gets the real CSP header) on a free loopback port.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A missing browser is reported before the build, not after it.
  chromiumPath();
  const skip = process.env.E2E_SKIP_BUILD === '1' && builtFiles.every((file) => existsSync(resolve(root, file)));
  if (skip) console.log('[e2e] E2E_SKIP_BUILD=1: using the existing dist/');
  else await buildApp();

  const server = await startPreview();
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}

async function buildApp(): Promise<void> {
  const started = Date.now();
  console.log('[e2e] npm run build …');
  const { code, output } = await run('npm', ['run', 'build']);
  if (code !== 0) {
    // The build's own output is the useful part of the error; without it a broken build
    // would surface later as a confusing blank page in Chromium.
    // Some tools colour their diagnostics whatever NO_COLOR says; escape codes would garble the report.
    throw new Error(`[e2e] \`npm run build\` failed (exit code ${code}); e2e tests need a working build.\n\n${stripVTControlCharacters(output)}`);
  }
  console.log(`[e2e] build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    // NODE_ENV: Vitest sets it to 'test', and Vite would then bundle React's development build; the tests drive the
    // production build users get (and the bench, which reuses an up-to-date dist/, must never time a development one).
    const env = { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1' };
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

async function startPreview(): Promise<{ url: string; close: () => Promise<void> }> {
  // Port 0 lets the OS pick a free port, so a developer's `npm run web` on 4173 or a
  // second test run never collides; the rest (CSP header, host, outDir) comes from vite.config.ts.
  const server: PreviewServer = await preview({
    // vite.config.ts says root 'renderer' relative to the cwd; pin it so the run does not depend on where vitest started.
    root: resolve(root, 'renderer'),
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error('[e2e] the preview server did not report a TCP port');
  }
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

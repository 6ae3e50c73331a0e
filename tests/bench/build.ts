import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The repository root (this file is tests/bench/build.ts). */
// The bundled runner (build/scripts/bench.mjs) defines import.meta.dirname; under vitest import.meta.url is the file itself.
export const ROOT = resolve((import.meta.dirname as string | undefined) ?? dirname(fileURLToPath(import.meta.url)), '../..');
const APP_DIST = join(ROOT, 'dist/renderer');
// node_modules is shared between git worktrees (a symlink), so RT_BENCH_CACHE can name a private folder;
// otherwise another worktree's fresh bench page would count as up to date here.
const CACHE = process.env['RT_BENCH_CACHE'] ? resolve(process.env['RT_BENCH_CACHE']) : join(ROOT, 'node_modules/.cache/runder-tisch-bench');
/**
 * A private copy of dist/renderer that this run serves, so a build or another bench run
 * (e.g. `npm test`'s smoke run beside `npm run bench`) cannot pull files from under it.
 */
export const APP_DIR = join(CACHE, `app-${process.pid}`);
/** The bench page's build: outside dist/, so no product artefact ever contains it. */
export const BENCH_DIR = join(CACHE, 'page');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isStale(output: string, inputs: readonly string[]): boolean {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  return inputs.some((input) => newestMtime(join(ROOT, input)) > built);
}

const APP_INPUTS = ['renderer', 'shared', 'vite.config.ts', 'package.json'];
const BENCH_INPUTS = [...APP_INPUTS, 'tests/bench/page', 'tests/bench/demoData.ts'];

/**
 * Runs a Vite build as production: under Vitest (the smoke run in `npm test`) NODE_ENV is 'test', and Vite would
 * bundle React's development build, which the next `npm run bench` would then find up to date and time.
 */
async function asProduction(work: () => Promise<unknown>): Promise<void> {
  const before = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await work();
  } finally {
    if (before === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = before;
  }
}

/**
 * Builds the product renderer (with the repo's vite.config.ts) and the bench page (a
 * second, separate Vite build from tests/bench/page) when their sources
 * are newer than the output. The product bundle never contains anything of the bench.
 */
export async function ensureBuilt(log: (line: string) => void, options: { readonly benchPage: boolean }): Promise<void> {
  if (isStale(join(APP_DIST, 'index.html'), APP_INPUTS)) {
    log('building the renderer (dist/renderer is missing or older than its sources) …');
    await asProduction(() => build({ root: join(ROOT, 'renderer'), configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' }));
  }
  rmSync(APP_DIR, { recursive: true, force: true });
  cpSync(APP_DIST, APP_DIR, { recursive: true });
  if (options.benchPage && isStale(join(BENCH_DIR, 'index.html'), BENCH_INPUTS)) {
    log(`building the bench page (tests/bench/page → ${BENCH_DIR}) …`);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    await asProduction(() =>
      build({
        configFile: false,
        root: join(ROOT, 'tests/bench/page'),
        base: './',
        logLevel: 'warn',
        define: { __APP_VERSION__: JSON.stringify(`${version}-bench`) },
        worker: { format: 'es' },
        build: { outDir: `${BENCH_DIR}-${process.pid}`, emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false },
      }),
    );
    // Built aside and swapped in, so a concurrent run never sees a half-written page.
    rmSync(BENCH_DIR, { recursive: true, force: true });
    renameSync(`${BENCH_DIR}-${process.pid}`, BENCH_DIR);
  }
}

/** Removes this run's copy of the app. */
export function removeAppCopy(): void {
  rmSync(APP_DIR, { recursive: true, force: true });
}

// `npm run bench [-- --quick]`: bundles the TypeScript suite in tests/bench with esbuild
// (packages stay external) into node_modules/.cache and runs it. See tests/bench/cli.ts.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
// RT_BENCH_CACHE: a private cache folder (node_modules is shared between worktrees), as in tests/bench/build.ts;
// keep it inside the repository (e.g. .bench-cache), so the bundled runner still finds node_modules.
const cache = process.env.RT_BENCH_CACHE ? resolve(process.env.RT_BENCH_CACHE) : `${root}node_modules/.cache/runder-tisch-bench`;
const outfile = `${cache}/cli.mjs`;

await build({
  entryPoints: [`${root}tests/bench/cli.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  // import.meta.dirname must still name tests/bench, where build.ts finds the repository root.
  define: { 'import.meta.dirname': JSON.stringify(`${root}tests/bench`) },
});
const { main } = await import(pathToFileURL(outfile).href);
// Exit as soon as the suite is done: a handle left by a library (the browser's or a build
// service's) otherwise kept the process alive for half a minute after the table was printed.
process.exit(await main(process.argv.slice(2)));

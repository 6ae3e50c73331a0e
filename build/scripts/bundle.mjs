// Bundles the Node side (Electron main, preload, command-line tool) with esbuild.
// `--cli` builds only the command-line tool; npm's `prepare` runs that on install,
// so `npx runder-tisch` works right after `npm install`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const onlyCli = process.argv.includes('--cli');
const { version } = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(resolve(root, 'package.json'), 'utf8')));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  define: { __APP_VERSION__: JSON.stringify(version) },
};

const jobs = [
  build({
    ...common,
    entryPoints: ['electron/cli/index.ts'],
    outfile: 'dist/cli/index.mjs',
    format: 'esm',
    packages: 'external',
  }),
];

if (!onlyCli) {
  jobs.push(
    build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', external: ['electron'] }),
    build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  );
}

await Promise.all(jobs);

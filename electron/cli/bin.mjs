#!/usr/bin/env node
// Entry of the `runder-tisch` command. The tool itself is built from
// electron/cli/index.ts into dist/cli by `npm install` (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../../dist/cli/index.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('runder-tisch: the command-line tool is not built yet. Run `npm install` (or `npm run build:cli`) first.\n');
  process.exit(2);
}
const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });

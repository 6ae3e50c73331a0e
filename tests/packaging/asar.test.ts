import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// Packages the built app for real with electron-builder (Linux `dir` target) into a
// temp folder. The Electron binary cannot be downloaded here, so a stand-in file
// takes its place; it carries the fuse sentinel, so the fuse step runs for real too.
const root = fileURLToPath(new URL('../..', import.meta.url));
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on,
// asar integrity off, only-asar off, V8 snapshot off, file:// privileges on.
const DEFAULT_FUSES = '10110001';
// How a fuse wire stores a switched-off and a switched-on fuse.
const OFF = '0'.charCodeAt(0);
const ON = '1'.charCodeAt(0);

let work: string;
let unpacked: string;
let archive: string;
let entries: string[];

async function filesUnder(folder: string): Promise<string[]> {
  const found = await readdir(folder, { recursive: true, withFileTypes: true });
  return found.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  for (const file of ['dist/renderer/index.html', 'dist/electron/main.cjs', 'dist/electron/preload.cjs']) {
    await readFile(join(root, file)).catch(() => {
      throw new Error(`${file} is missing: run \`npm run build\` first (the e2e globalSetup does).`);
    });
  }
  work = await mkdtemp(join(tmpdir(), 'rt-packaging-'));
  const electronDist = join(work, 'electron-dist');
  await mkdir(electronDist);
  await writeFile(join(electronDist, 'electron'), `#!/bin/sh\n# stand-in for Electron\n${FUSE_SENTINEL}\x01\x08${DEFAULT_FUSES}\n`);
  await chmod(join(electronDist, 'electron'), 0o755);

  const output = join(work, 'out');
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: { electronDist, directories: { output } },
  });
  unpacked = join(output, 'linux-unpacked');
  archive = join(unpacked, 'resources', 'app.asar');
  entries = listPackage(archive, { isPack: false }).map((entry) => entry.split(sep).join('/'));
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('app.asar', () => {
  test('holds the built app: package.json, main, preload and every renderer file', async () => {
    expect(entries).toEqual(expect.arrayContaining(['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html']));
    const rendererFiles = (await filesUnder(join(root, 'dist', 'renderer'))).map((file) => `/${relative(root, file).split(sep).join('/')}`);
    expect(rendererFiles.length).toBeGreaterThan(1);
    expect(entries).toEqual(expect.arrayContaining(rendererFiles.filter((file) => !file.endsWith('.map'))));
  });

  test('its package.json points at a main file that is inside it', () => {
    const manifest = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as { main: string };
    expect(entries).toContain(`/${manifest.main}`);
  });

  test('holds no tests, no sources, no source maps and no node_modules', () => {
    const offending = entries.filter(
      (entry) =>
        /^\/(tests|electron|renderer|shared|build|node_modules|release|bench-results)(\/|$)/.test(entry) ||
        /\.(ts|tsx|mts|cts|map)$/.test(entry) ||
        /\/node_modules\//.test(entry),
    );
    expect(offending).toEqual([]);
  });

  test('holds no development dependency', async () => {
    const { devDependencies } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const names = Object.keys(devDependencies);
    expect(names).toContain('vitest');
    const folders = names.map((name) => `/node_modules/${name}`);
    expect(entries.filter((entry) => folders.some((folder) => entry === folder || entry.includes(`${folder}/`)))).toEqual([]);
  });

  test('main and preload need nothing at run time but Electron and Node’s own modules', () => {
    // No node_modules travel with the app, so a bundling slip (an external package) would crash at start.
    const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    for (const file of ['dist/electron/main.cjs', 'dist/electron/preload.cjs']) {
      const code = extractFile(archive, file).toString('utf8');
      const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1] ?? '');
      expect(required.filter((name) => !allowed.has(name)), file).toEqual([]);
    }
  });
});

describe('the packaged binary', () => {
  test('has its fuses set as electron-builder.yml says', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'runder-tisch'));
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
    }).toEqual({
      runAsNode: OFF,
      nodeOptions: OFF,
      inspect: OFF,
      onlyAsar: ON,
      asarIntegrity: ON,
      cookieEncryption: ON,
    });
  });
});

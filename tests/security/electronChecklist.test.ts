import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

// The parts of the Electron checklist (issue 9) that are read from the sources and
// the build configuration rather than run: the CSP, the fuses, where windows are
// made, shell.openExternal, and the electronegativity gate itself.
const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** Every source file under the given folders (TypeScript, JavaScript, HTML). */
async function sources(...folders: string[]): Promise<Array<{ file: string; text: string }>> {
  const found: Array<{ file: string; text: string }> = [];
  for (const folder of folders) {
    const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() || !/\.(ts|tsx|mts|cts|js|mjs|cjs|html)$/.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      found.push({ file: relative(root, path), text: await readFile(path, 'utf8') });
    }
  }
  return found;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

describe('the Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  test('runs only the app’s own scripts: no inline script, no eval, nothing remote', () => {
    // 'wasm-unsafe-eval' would be the one allowed addition, and only if a library needs WebAssembly (issue 9).
    expect(csp.get('script-src')?.filter((value) => value !== "'wasm-unsafe-eval'")).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    for (const [name, values] of csp) {
      for (const value of values) {
        expect(value, `${name} ${value}`).not.toMatch(/^'unsafe-(inline|eval|hashes)'$|^\*$|^(https?|wss?|ftp):|^'strict-dynamic'$/);
      }
    }
  });

  test('connects nowhere but the app itself', () => {
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  test('closes plugins, base URLs, forms and framing', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
  });

  test('the page’s own meta tag says the same (all but frame-ancestors, which a meta tag cannot set)', async () => {
    const html = await readFile(join(root, 'renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(meta).toBeDefined();
    const expected = new Map(csp);
    expected.delete('frame-ancestors');
    expect(directives(meta ?? '')).toEqual(expected);
  });
});

describe('the fuses in electron-builder.yml', () => {
  test('turn off running as Node, NODE_OPTIONS, the inspector and loose app code; encrypt cookies', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });
});

describe('windows and links', () => {
  test('the one window is made in electron/main/index.ts (add any new one to tests/electron/mainWiring.test.ts)', async () => {
    const made = (await sources('electron', 'renderer', 'shared'))
      .flatMap(({ file, text }) => [...text.matchAll(/new\s+(BrowserWindow|BrowserView|WebContentsView)\b|webContents\.create\b/g)].map((match) => `${file}: ${match[0]}`));
    expect(made).toEqual(['electron/main/index.ts: new BrowserWindow']);
  });

  test('shell.openExternal is not used anywhere: the app opens no links in a browser', async () => {
    const files = await sources('electron', 'renderer', 'shared');
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter(({ text }) => /\bopenExternal\b|\bopenPath\b|\bshowItemInFolder\b/.test(text)).map(({ file }) => file)).toEqual([]);
  });
});

describe('the electronegativity gate (npm run lint:electron)', () => {
  async function judge(results: unknown[], justifications: Record<string, string>) {
    const folder = await mkdtemp(join(tmpdir(), 'rt-electronegativity-'));
    try {
      await writeFile(join(folder, 'results.sarif'), JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { version: 'test' } }, results }] }));
      await writeFile(join(folder, 'justified.json'), JSON.stringify(justifications));
      const args = ['build/scripts/electronegativity.mjs', '--judge', join(folder, 'results.sarif'), '--justifications', join(folder, 'justified.json')];
      return await run(process.execPath, args, { cwd: root }).then(
        ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
  const at = (uri: string) => [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 3 } } }];

  test('fails on a finding above informational, even if someone “justified” it', async () => {
    const result = await judge([{ ruleId: 'SANDBOX_JS_CHECK', level: 'warning', message: { text: 'Use sandbox' }, locations: at('electron/main/x.ts') }], {
      'SANDBOX_JS_CHECK electron/main/x.ts': 'trust me',
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('SANDBOX_JS_CHECK electron/main/x.ts:3');
  });

  test('fails on an informational finding without a justification, passes once it has one', async () => {
    const note = { ruleId: 'PRELOAD_JS_CHECK', level: 'note', message: { text: 'Review preload' }, locations: at('electron/main/index.ts') };
    const bare = await judge([note], {});
    expect(bare.code).toBe(1);
    expect(bare.output).toContain('without a justification');
    await expect(judge([note], { 'PRELOAD_JS_CHECK electron/main/index.ts': 'our own sandboxed preload' })).resolves.toMatchObject({ code: 0 });
  });

  test('every justification in the file is one non-empty line', async () => {
    const file = JSON.parse(await readFile(join(root, 'build/electronegativity.justifications.json'), 'utf8')) as Record<string, string>;
    for (const [key, text] of Object.entries(file)) {
      if (key.startsWith('$')) continue;
      expect(key).toMatch(/^[A-Z_]+ \S+$/);
      expect(text.trim()).not.toBe('');
      expect(text).not.toContain('\n');
    }
  });
});

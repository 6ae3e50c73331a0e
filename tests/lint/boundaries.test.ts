// Proves that `npm run lint` refuses an import that crosses a layer the wrong way.
// Each probe is linted as if it were a new file inside a real folder, with the repository's
// own eslint.config.js, and imports real files, so a rule that silently stopped matching
// (a changed plugin setting, a resolver that finds nothing) makes these tests fail.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RULE = 'boundaries/dependencies';

// Real modules the probes import; checked first so a renamed file cannot turn a
// "wrong layer" refusal into a "file not found" refusal unnoticed.
const TARGETS = ['renderer/db/database.ts', 'shared/model/case.ts'];

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function lint(filePath: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  return result.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('layer boundaries', () => {
  it('has the real files the probes import', () => {
    for (const target of TARGETS) expect(existsSync(join(ROOT, target)), target).toBe(true);
  });

  const refused: { name: string; file: string; code: string; explains: RegExp }[] = [
    {
      name: 'shared importing the renderer',
      file: 'shared/model/__probe.ts',
      code: "import { db } from '../../renderer/db/database';\nexport const probe = db;\n",
      explains: /type "shared" to elements of type "renderer"/,
    },
    {
      name: 'shared re-exporting from the renderer',
      file: 'shared/model/__probe.ts',
      code: "export { db } from '../../renderer/db/database';\n",
      explains: /type "shared" to elements of type "renderer"/,
    },
    {
      name: 'shared importing a Node built-in',
      file: 'shared/__probe.ts',
      code: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
      explains: /shared\/ is pure TypeScript/,
    },
    {
      name: 'shared importing dexie (even only its types)',
      file: 'shared/__probe.ts',
      code: "import type { Dexie } from 'dexie';\nexport type Probe = Dexie;\n",
      explains: /shared\/ is pure TypeScript/,
    },
    {
      name: 'the renderer importing electron',
      file: 'renderer/app/__probe.ts',
      code: "import { ipcRenderer } from 'electron';\nexport const probe = ipcRenderer;\n",
      explains: /never imports electron/,
    },
    {
      name: 'a renderer component importing a Node built-in',
      file: 'renderer/app/__Probe.tsx',
      code: "import { readFileSync } from 'fs';\nexport const probe = readFileSync;\n",
      explains: /never imports electron or Node built-ins/,
    },
    {
      name: 'the Electron main process importing the renderer',
      file: 'electron/main/__probe.ts',
      code: "import { db } from '../../renderer/db/database';\nexport const probe = db;\n",
      explains: /type "electron-main" to elements of type "renderer"/,
    },
    {
      name: 'the preload importing the renderer',
      file: 'electron/preload/__probe.ts',
      code: "import { db } from '../../renderer/db/database';\nexport const probe = db;\n",
      explains: /type "electron-preload" to elements of type "renderer"/,
    },
    {
      name: 'the command-line tool importing electron',
      file: 'electron/cli/__probe.ts',
      code: "import { app } from 'electron';\nexport const probe = app;\n",
      explains: /electron\/cli is plain Node/,
    },
    {
      name: 'an import of a file that does not exist',
      file: 'renderer/app/__probe.ts',
      code: "import { nothing } from '../../shared/model/__missing';\nexport const probe = nothing;\n",
      explains: /does not exist/,
    },
  ];

  it.each(refused)('refuses $name', async ({ file, code, explains }) => {
    const messages = await lint(file, code);
    expect(messages).toEqual([{ ruleId: RULE, message: expect.stringMatching(explains) }]);
  });

  const allowed: { name: string; file: string; code: string }[] = [
    {
      name: 'the renderer importing shared and itself',
      file: 'renderer/app/__probe.ts',
      code: "import { CASE_STATUSES } from '../../shared/model/case';\nimport { db } from '../db/database';\nexport const probe = [CASE_STATUSES, db];\n",
    },
    {
      name: 'the Electron main process importing shared and electron',
      file: 'electron/main/__probe.ts',
      code: "import { app } from 'electron';\nimport { CASE_STATUSES } from '../../shared/model/case';\nexport const probe = [app, CASE_STATUSES];\n",
    },
    {
      name: 'the command-line tool importing shared and Node built-ins',
      file: 'electron/cli/__probe.ts',
      code: "import { readFileSync } from 'node:fs';\nimport { CASE_STATUSES } from '../../shared/model/case';\nexport const probe = [readFileSync, CASE_STATUSES];\n",
    },
    {
      name: 'shared importing zod',
      file: 'shared/model/__probe.ts',
      code: "import { z } from 'zod';\nimport { CASE_STATUSES } from './case';\nexport const probe = [z, CASE_STATUSES];\n",
    },
    {
      name: 'tests importing the renderer and electron',
      file: 'tests/renderer/__probe.test.ts',
      code: "import { app } from 'electron';\nimport { db } from '../../renderer/db/database';\nexport const probe = [app, db];\n",
    },
  ];

  it.each(allowed)('allows $name', async ({ file, code }) => {
    expect(await lint(file, code)).toEqual([]);
  });
});

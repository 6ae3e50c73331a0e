import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { IPC_CONTRACT, type IpcChannel } from '../../shared/ipc/contract';
import { createIpcRouter } from '../../electron/main/ipcRouter';
import type { FileStore } from '../../electron/main/files';
import { APP_SENDER, createTestDeps, tempFolder, type TestDeps } from './support/deps';

// The Electron checklist over the whole IPC contract: every channel, including
// ones added later, refuses foreign senders and never takes a path from the page.
// The channel list comes from IPC_CONTRACT, so a new channel is covered without
// touching this file (or fails loudly when its arguments cannot be sampled).
vi.mock('electron', () => {
  throw new Error('the IPC router must not import electron');
});

const CHANNELS = Object.keys(IPC_CONTRACT) as IpcChannel[];

let deps: TestDeps;
let folder: Awaited<ReturnType<typeof tempFolder>>;

beforeEach(async () => {
  deps = createTestDeps();
  folder = await tempFolder();
});
afterEach(async () => {
  await folder.remove();
});

/** Strings a page could pass hoping main opens them; each also fits the base64 pattern where its length allows. */
const PATH_LIKE = ['/tmp/rtevil/abcd', '../../etc/passwd', 'C:\\Windows\\win.ini', 'file:///etc/passwd', '~/.ssh/id_rsa'];
const PLAIN = ['liste', 'QUJDRA=='];

/**
 * Valid arguments for one channel, built from its schema, with a path-like text in
 * every string the schema lets one through. Throws for a schema kind it does not know,
 * so a new kind of argument makes this test fail instead of going unchecked.
 */
function sample(schema: z.ZodType, where: string, pathsUsed: string[]): unknown {
  if (schema instanceof z.ZodTuple) return (schema.def.items as z.ZodType[]).map((item, index) => sample(item, `${where}[${index}]`, pathsUsed));
  if (schema instanceof z.ZodObject) {
    return Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, value]) => [key, sample(value, `${where}.${key}`, pathsUsed)]));
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return sample(schema.unwrap() as z.ZodType, where, pathsUsed);
  if (schema instanceof z.ZodArray) return [sample(schema.element as z.ZodType, `${where}[]`, pathsUsed)];
  if (schema instanceof z.ZodUnion) return sample(schema.options[0] as z.ZodType, where, pathsUsed);
  if (schema instanceof z.ZodEnum) return schema.options[0];
  if (schema instanceof z.ZodLiteral) return schema.value;
  if (schema instanceof z.ZodBoolean) return true;
  if (schema instanceof z.ZodNull) return null;
  if (schema instanceof z.ZodNumber) {
    const number = [1, 0, 1000].find((candidate) => schema.safeParse(candidate).success);
    if (number !== undefined) return number;
  }
  if (schema instanceof z.ZodCustom) {
    const bytes = new Uint8Array([1, 2, 3]);
    if (schema.safeParse(bytes).success) return bytes;
  }
  if (schema instanceof z.ZodString) {
    const path = PATH_LIKE.find((candidate) => schema.safeParse(candidate).success);
    if (path !== undefined) {
      pathsUsed.push(path);
      return path;
    }
    const plain = PLAIN.find((candidate) => schema.safeParse(candidate).success);
    if (plain !== undefined) return plain;
  }
  throw new Error(`cannot sample ${where} (${schema.def.type}); teach sample() about it`);
}

/** Every object key anywhere in a channel's arguments. */
function keysOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodTuple) return (schema.def.items as z.ZodType[]).flatMap(keysOf);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [key, ...keysOf(value)]);
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return keysOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return keysOf(schema.element as z.ZodType);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(keysOf);
  return [];
}

const PATH_WORDS = new Set(['path', 'paths', 'dir', 'dirs', 'directory', 'folder', 'url', 'uri', 'href', 'location', 'cwd']);

/** Argument keys that name a path, folder or URL; a base name for main's save dialog (suggestedName, fileName) is fine. */
function pathLikeKeys(schema: z.ZodType): string[] {
  const words = (key: string) => key.split(/(?=[A-Z])|[_-]/).map((word) => word.toLowerCase());
  return keysOf(schema).filter((key) => key === 'file' || words(key).some((word) => PATH_WORDS.has(word)));
}

/** Wraps a file store so the test sees every path main touches. */
function recordingStore(store: FileStore, paths: string[]): FileStore {
  return {
    sizeOf: (path) => (paths.push(path), store.sizeOf(path)),
    read: (path, max) => (paths.push(path), store.read(path, max)),
    writeAtomic: (path, data) => (paths.push(path), store.writeAtomic(path, data)),
  };
}

describe('sender validation on every IPC channel', () => {
  test.each(CHANNELS)('%s refuses a foreign origin, a sub-frame and a file:// page before any handler runs', async (channel) => {
    const route = createIpcRouter(deps);
    const args = sample(IPC_CONTRACT[channel].args, channel, []) as unknown[];
    for (const sender of [
      { url: 'https://evil.example/index.html', isMainFrame: true },
      { url: 'app://runder-tisch/index.html', isMainFrame: false },
      { url: 'file:///home/user/evil.html', isMainFrame: true },
      { url: 'app://runder-tisch.evil/index.html', isMainFrame: true },
    ]) {
      await expect(route(sender, channel, args)).resolves.toMatchObject({ ok: false, error: { code: 'ipc/bad-sender' } });
    }
    expect(deps.dialogCalls).toEqual([]);
    expect(deps.fileCalls).toEqual([]);
    expect(deps.languages).toEqual([]);
  });

  test.each(CHANNELS)('%s gets past the sender check from the app’s own top frame (the control)', async (channel) => {
    const args = sample(IPC_CONTRACT[channel].args, channel, []) as unknown[];
    const result = await createIpcRouter(deps)(APP_SENDER, channel, args);
    expect(result.ok ? 'ok' : result.error.code).not.toBe('ipc/bad-sender');
    expect(result.ok ? 'ok' : result.error.code).not.toBe('ipc/bad-args');
  });
});

describe('no path from the renderer', () => {
  test.each(CHANNELS)('%s has no argument named like a path, folder or URL', (channel) => {
    expect(pathLikeKeys(IPC_CONTRACT[channel].args)).toEqual([]);
  });

  test.each(CHANNELS)('%s touches only files main’s own dialogs chose, whatever text the page sends', async (channel) => {
    const pathsUsed: string[] = [];
    const args = sample(IPC_CONTRACT[channel].args, channel, pathsUsed) as unknown[];
    const touched: string[] = [];
    const chosen = join(folder.path, 'chosen.bin');
    const store = recordingStore(deps.files, touched);
    const route = createIpcRouter({
      ...deps,
      files: store,
      dialogs: {
        chooseSavePath: async (options) => (deps.dialogCalls.push({ kind: 'save', ...options }), chosen),
        chooseOpenPath: async (options) => (deps.dialogCalls.push({ kind: 'open', ...options }), chosen),
      },
      secrets: {
        isAvailable: async () => true,
        encrypt: async (plaintext) => new TextEncoder().encode(plaintext),
        decrypt: async () => 'secret',
      },
    });
    await route(APP_SENDER, channel, args);
    expect(touched.filter((path) => path !== chosen)).toEqual([]);
    // A suggested name reaches the dialog only as a plain base name, never as a folder.
    for (const call of deps.dialogCalls) expect(call.defaultName ?? 'none').not.toMatch(/[/\\]/);
    for (const path of pathsUsed) expect(touched).not.toContain(path);
  });

  test('the sampler really puts path-like text where a schema lets it (so the check above can bite)', () => {
    const pathsUsed: string[] = [];
    sample(IPC_CONTRACT['rt:secret:protect'].args, 'rt:secret:protect', pathsUsed);
    expect(pathsUsed).toEqual(['/tmp/rtevil/abcd']);
    expect(() => sample(z.tuple([z.bigint()]), 'a bigint', [])).toThrow(/teach sample/);
    expect(pathLikeKeys(z.tuple([z.object({ targetPath: z.string(), backupFolder: z.string(), fileName: z.string(), file: z.string() })]))).toEqual([
      'targetPath',
      'backupFolder',
      'file',
    ]);
  });
});

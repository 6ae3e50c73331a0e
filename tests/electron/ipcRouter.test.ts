import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AppFailure } from '../../shared/errors/result';
import { IPC_CONTRACT } from '../../shared/ipc/contract';
import { createIpcRouter, routeTo } from '../../electron/main/ipcRouter';
import { createHandlers } from '../../electron/main/handlers';
import { APP_SENDER, createTestDeps, tempFolder, type TestDeps } from './support/deps';

// The router must run in plain Node (the e2e suite drives it from Chromium through
// Playwright). If it, or anything it imports, loaded 'electron', this factory would
// make the import above fail.
vi.mock('electron', () => {
  throw new Error('electron/main/ipcRouter must not import electron');
});

let deps: TestDeps;
let folder: Awaited<ReturnType<typeof tempFolder>>;

beforeEach(async () => {
  deps = createTestDeps();
  folder = await tempFolder();
});
afterEach(async () => {
  await folder.remove();
});

describe('the IPC router', () => {
  test('answers a contract channel from the app’s top frame', async () => {
    const route = createIpcRouter(deps);
    await expect(route(APP_SENDER, 'rt:app:info', [])).resolves.toEqual({
      ok: true,
      data: { version: '1.2.3', platform: 'linux', electron: '45.4.1' },
    });
  });

  test.each([
    ['a name outside the contract', 'rt:fs:read-anything'],
    ['the menu channel, which only main sends on', 'rt:menu:command'],
    ['a channel without the prefix', 'app:info'],
    ['an inherited property name', 'rt:__proto__'],
    ['a non-string', 42],
  ])('refuses %s as an unknown channel', async (_label, channel) => {
    const result = await createIpcRouter(deps)(APP_SENDER, channel, []);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc/unknown-channel' } });
  });

  test.each([
    ['a web page', 'https://evil.example/index.html'],
    ['a local file', 'file:///home/user/evil.html'],
    ['another app:// host', 'app://runder-tisch.evil/index.html'],
    ['credentials smuggled into the URL', 'app://runder-tisch@evil/index.html'],
    ['a port on the app host', 'app://runder-tisch:8080/index.html'],
    ['about:blank', 'about:blank'],
    ['an empty URL', ''],
  ])('refuses a sender from %s', async (_label, url) => {
    const result = await createIpcRouter(deps)({ url, isMainFrame: true }, 'rt:app:info', []);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc/bad-sender' } });
  });

  test('refuses a sub-frame even of the app’s own origin, before any handler runs', async () => {
    deps.savePath = `${folder.path}/out.pdf`;
    const result = await createIpcRouter(deps)(
      { url: 'app://runder-tisch/index.html', isMainFrame: false },
      'rt:file:save',
      [{ suggestedName: 'x', kind: 'pdf', data: new Uint8Array([1]) }],
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc/bad-sender' } });
    expect(deps.dialogCalls).toEqual([]);
  });

  test('trusts another origin only when told to (the e2e page server)', async () => {
    const route = createIpcRouter(deps, { trustedOrigins: ['http://127.0.0.1:4173'] });
    await expect(route({ url: 'http://127.0.0.1:4173/', isMainFrame: true }, 'rt:app:info', [])).resolves.toMatchObject({ ok: true });
    await expect(route({ url: 'http://127.0.0.1:4174/', isMainFrame: true }, 'rt:app:info', [])).resolves.toMatchObject({
      ok: false,
      error: { code: 'ipc/bad-sender' },
    });
    await expect(route(APP_SENDER, 'rt:app:info', [])).resolves.toMatchObject({ ok: false, error: { code: 'ipc/bad-sender' } });
  });

  test.each([
    ['a language the app does not speak', 'rt:app:set-language', ['fr']],
    ['a missing argument', 'rt:app:set-language', []],
    ['an extra argument', 'rt:app:info', ['surplus']],
    ['a path instead of a base name', 'rt:file:save', [{ suggestedName: '../../.bashrc', kind: 'json', data: new Uint8Array([1]) }]],
    ['a Windows path', 'rt:file:save', [{ suggestedName: 'C:\\Windows\\x', kind: 'json', data: new Uint8Array([1]) }]],
    ['text where bytes belong', 'rt:file:save', [{ suggestedName: 'x', kind: 'json', data: 'not bytes' }]],
    ['an unknown file kind', 'rt:file:open', [{ kind: 'exe' }]],
    ['arguments that are not a list', 'rt:app:info', 'nope'],
  ])('refuses %s as bad arguments, before any handler runs', async (_label, channel, args) => {
    const result = await createIpcRouter(deps)(APP_SENDER, channel, args as unknown[]);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc/bad-args' } });
    expect(deps.dialogCalls).toEqual([]);
    expect(deps.languages).toEqual([]);
  });

  test('turns anything a handler throws into an error value, never a raw exception', async () => {
    const handlers = createHandlers(deps);
    const route = routeTo({
      ...handlers,
      'rt:app:info': async () => {
        throw new TypeError('secret internals');
      },
      'rt:file:open': async () => {
        throw new AppFailure('file/read-failed', 'disk gone');
      },
    });
    const thrown = await route(APP_SENDER, 'rt:app:info', []);
    expect(thrown).toEqual({ ok: false, error: { code: 'unknown', message: 'secret internals' } });
    expect(Object.keys(thrown)).toEqual(['ok', 'error']);
    await expect(route(APP_SENDER, 'rt:file:open', [{ kind: 'json' }])).resolves.toEqual({
      ok: false,
      error: { code: 'file/read-failed', message: 'disk gone' },
    });
  });

  test('refuses a handler answer outside the contract instead of passing it on', async () => {
    const route = routeTo({
      ...createHandlers(deps),
      'rt:app:info': async () => ({ version: 1 }) as never,
    });
    await expect(route(APP_SENDER, 'rt:app:info', [])).resolves.toMatchObject({ ok: false, error: { code: 'unknown' } });
  });

  test('has a handler for every channel of the contract', async () => {
    expect(Object.keys(createHandlers(deps)).sort()).toEqual(Object.keys(IPC_CONTRACT).sort());
  });
});

import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { createAppProtocolHandler } from '../../electron/main/protocol';
import { tempFolder } from './support/deps';

vi.mock('electron', () => {
  throw new Error('the protocol handler must not import electron');
});

// A fake install: the built renderer in <root>/dist/renderer and a secret beside it
// that no app:// URL may ever reach.
let folder: Awaited<ReturnType<typeof tempFolder>>;
let serve: ReturnType<typeof createAppProtocolHandler>;
const SECRET = 'top secret case data';

beforeAll(async () => {
  folder = await tempFolder();
  const renderer = join(folder.path, 'dist', 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Runder Tisch</title>');
  await writeFile(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(folder.path, 'dist', 'secret.txt'), SECRET);
  await writeFile(join(folder.path, 'secret.txt'), SECRET);
  await symlink(join(folder.path, 'secret.txt'), join(renderer, 'link.txt'));
  serve = createAppProtocolHandler(renderer);
});
afterAll(async () => {
  await folder.remove();
});

const get = (url: string, method = 'GET') => serve({ url, method });

describe('the app:// protocol', () => {
  test('serves the app’s page with the app’s Content-Security-Policy', async () => {
    const response = await get('app://runder-tisch/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Runder Tisch</title>');
  });

  test('serves the root as index.html and scripts as JavaScript', async () => {
    expect(await (await get('app://runder-tisch/')).text()).toContain('Runder Tisch');
    const script = await get('app://runder-tisch/assets/index-abc.js?v=1#x');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  test.each([
    'app://runder-tisch/../secret.txt',
    'app://runder-tisch/../../secret.txt',
    'app://runder-tisch/../../etc/passwd',
    'app://runder-tisch/%2e%2e/%2e%2e/secret.txt',
    'app://runder-tisch/%2E%2E/secret.txt',
    'app://runder-tisch/..%2fsecret.txt',
    'app://runder-tisch/assets/..%2f..%2fsecret.txt',
    'app://runder-tisch/..%2f..%2fsecret.txt',
    'app://runder-tisch/..%5c..%5csecret.txt',
    'app://runder-tisch/..\\..\\secret.txt',
    'app://runder-tisch/%252e%252e/secret.txt',
    'app://runder-tisch//etc/passwd',
    'app://runder-tisch/%2fetc%2fpasswd',
    'app://runder-tisch/C:%5cWindows%5cwin.ini',
    'app://runder-tisch/index.html%00.png',
    'app://runder-tisch/%E0%A4%A',
    'app://runder-tisch/link.txt',
    'app://runder-tisch/assets',
    'app://other-host/index.html',
    'app://runder-tisch:99/index.html',
    'file:///etc/passwd',
  ])('refuses %s with 404, the CSP, and no secret', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain(SECRET);
  });

  test('accepts only reading methods', async () => {
    expect((await get('app://runder-tisch/index.html', 'POST')).status).toBe(405);
    const head = await get('app://runder-tisch/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { safeFileName } from '../../electron/main/fileKinds';
import { createNodeFileStore, FileStoreError } from '../../electron/main/files';
import { tempFolder } from './support/deps';

vi.mock('electron', () => {
  throw new Error('the file helpers must not import electron');
});

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(async () => {
  await folder.remove();
});

describe('the name offered in the save dialog', () => {
  test.each([
    ['Protokoll Mai', 'pdf', 'Protokoll Mai.pdf'],
    ['Bericht.pdf', 'pdf', 'Bericht.pdf'],
    ['Bericht.PDF', 'pdf', 'Bericht.pdf'],
    ['..bashrc', 'json', 'bashrc.json'],
    ['...', 'json', 'runder-tisch.json'],
    ['   ', 'csv', 'runder-tisch.csv'],
    ['Liste. . .', 'csv', 'Liste.csv'],
    ['CON', 'csv', '_CON.csv'],
    ['nul.tar', 'zip', '_nul.tar.zip'],
    ['lpt1 ', 'markdown', '_lpt1.md'],
    ['Rechnung\u202Efdp.exe', 'pdf', 'Rechnung_fdp.exe.pdf'],
    ['a\tb\nc', 'json', 'a_b_c.json'],
    ['Fa\u0308lle', 'json', 'Fälle.json'],
  ] as const)('%j as %s becomes %j', (suggested, kind, expected) => {
    expect(safeFileName(suggested, kind)).toBe(expected);
  });

  test('a very long name is cut to 100 characters without splitting an emoji', () => {
    const name = safeFileName(`${'a'.repeat(99)}😀😀😀`, 'json');
    expect(name).toBe(`${'a'.repeat(99)}😀.json`);
  });
});

describe('the file store', () => {
  const store = createNodeFileStore();

  test('refuses to read more than the limit even when asked to read directly', async () => {
    const path = join(folder.path, 'gross.bin');
    await writeFile(path, new Uint8Array(11));
    await expect(store.read(path, 10)).rejects.toMatchObject({ reason: 'too-large' });
    await expect(store.read(path, 11)).resolves.toHaveLength(11);
  });

  test('calls a folder, not a file, what it is', async () => {
    await mkdir(join(folder.path, 'sub'));
    await expect(store.sizeOf(join(folder.path, 'sub'))).rejects.toBeInstanceOf(FileStoreError);
  });

  test('writing to a chosen symbolic link updates the file it points to and keeps the link', async () => {
    const target = join(folder.path, 'original.json');
    await writeFile(target, 'original');
    await symlink(target, join(folder.path, 'link.json'));
    await store.writeAtomic(join(folder.path, 'link.json'), new TextEncoder().encode('neu'));
    expect(await readFile(target, 'utf8')).toBe('neu');
    expect((await lstat(join(folder.path, 'link.json'))).isSymbolicLink()).toBe(true);
    expect((await readdir(folder.path)).sort()).toEqual(['link.json', 'original.json']);
  });
});

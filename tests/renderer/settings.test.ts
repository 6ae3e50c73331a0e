import { beforeEach, expect, test } from 'vitest';
import { db } from '../../renderer/db/database';
import { ensureDevice } from '../../renderer/db/device';
import { readLanguage, saveLanguage, writeSetting } from '../../renderer/db/repositories/settings';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

test('the language choice is empty at first, then kept; the device id stays untouched', async () => {
  const device = await ensureDevice();
  expect(await readLanguage()).toBeNull();
  expect(await saveLanguage('en')).toEqual({ ok: true, data: undefined });
  expect(await readLanguage()).toBe('en');
  expect(await ensureDevice()).toEqual(device);
});

test('a value outside the schema is neither written nor read back', async () => {
  const refused = await writeSetting('language', 'fr' as 'de');
  expect(refused.ok).toBe(false);
  expect(!refused.ok && refused.error.code).toBe('validation/invalid');
  await db.settings.put({ key: 'language', value: 'klingon' });
  expect(await readLanguage()).toBeNull();
});

import { afterEach, beforeEach, expect, test } from 'vitest';
import { db } from '../../renderer/db/database';
import { getCurrentMember, listMembers } from '../../renderer/db/queries/members';
import { completeFirstStart, createMember } from '../../renderer/db/repositories/members';
import { readLanguage, readSetting } from '../../renderer/db/repositories/settings';
import { setClock } from '../../renderer/platform/clock';

const START = Date.UTC(2026, 2, 2, 9, 0);

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  setClock(() => START);
});

afterEach(() => setClock());

test('a device starts without an answer to the first start', async () => {
  expect(await readSetting('firstStartCompletedAt')).toBeNull();
  expect(await getCurrentMember()).toBeNull();
});

test('"Wer bin ich?" with a new member creates it, makes it this device’s member and finishes the first start', async () => {
  const done = await completeFirstStart({ language: 'en', whoAmI: { kind: 'new', member: { name: 'AK', organisation: 'Diakonie', role: 'member', active: true } } });
  expect(done.ok).toBe(true);
  expect((await getCurrentMember())?.name).toBe('AK');
  expect(await readLanguage()).toBe('en');
  expect(await readSetting('firstStartCompletedAt')).toBe(new Date(START).toISOString());
});

test('picking a member already on the list creates no one new', async () => {
  const ben = await createMember({ name: 'Ben', organisation: '', role: 'moderation', active: true });
  if (!ben.ok) throw new Error('create failed');
  expect((await completeFirstStart({ language: 'de', whoAmI: { kind: 'existing', memberId: ben.data } })).ok).toBe(true);
  expect((await listMembers()).map((m) => m.name)).toEqual(['Ben']);
  expect((await getCurrentMember())?.id).toBe(ben.data);
});

test('an invalid answer finishes nothing: no member, no "completed" mark', async () => {
  const refused = await completeFirstStart({ language: 'de', whoAmI: { kind: 'new', member: { name: ' ', organisation: '', role: 'member', active: true } } });
  expect(refused.ok).toBe(false);
  const unknown = await completeFirstStart({ language: 'de', whoAmI: { kind: 'existing', memberId: 'nobody' } });
  expect(!unknown.ok && unknown.error.code).toBe('db/not-found');
  expect(await readSetting('firstStartCompletedAt')).toBeNull();
  expect(await db.members.count()).toBe(0);
});

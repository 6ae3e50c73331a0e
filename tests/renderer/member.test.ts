import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../renderer/db/database';
import { getCurrentMember, listMembers, memberNames } from '../../renderer/db/queries/members';
import { createMember, setCurrentMember, updateMember } from '../../renderer/db/repositories/members';
import { readSetting } from '../../renderer/db/repositories/settings';
import { fieldErrorOf } from '../../renderer/i18n/errors';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('members repository', () => {
  test('a member is stored trimmed, with clock stamps and without exchange keys yet', async () => {
    const created = await createMember({ name: '  Anna K. ', organisation: ' Caritas ', role: 'moderation', active: true });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const stored = await db.members.get(created.data);
    expect(stored).toMatchObject({ name: 'Anna K.', organisation: 'Caritas', role: 'moderation', active: true, recipient: null, signingKey: null, deleted: null });
    expect(Object.keys(stored?.clock ?? {})).toEqual(expect.arrayContaining(['name', 'organisation', 'role', 'active']));
  });

  test('a name is required; the message can be placed at the name field', async () => {
    const refused = await createMember({ name: '   ', organisation: '', role: 'member', active: true });
    expect(!refused.ok && fieldErrorOf(refused.error)).toEqual({ field: 'name', key: 'validation.required' });
    expect(await db.members.count()).toBe(0);
  });

  test('editing re-stamps only what changed; inactive members sort after active ones', async () => {
    const anna = await createMember({ name: 'Anna K.', organisation: 'Caritas', role: 'member', active: true });
    const ben = await createMember({ name: 'Ben', organisation: '', role: 'guest', active: true });
    if (!anna.ok || !ben.ok) throw new Error('create failed');
    const before = await db.members.get(anna.data);
    const edited = await updateMember(anna.data, { role: 'minutes', active: false, name: 'Anna K.' });
    expect(edited.ok && edited.data).toMatchObject({ role: 'minutes', active: false });
    const after = await db.members.get(anna.data);
    expect(after!.clock.role! > before!.clock.role!).toBe(true);
    expect(after?.clock.name).toBe(before?.clock.name);
    expect((await listMembers()).map((m) => m.name)).toEqual(['Ben', 'Anna K.']);
    expect((await memberNames()).get(anna.data)).toBe('Anna K.');
  });

  test('"Ich bin …" can be changed to another member, never to one that does not exist', async () => {
    const anna = await createMember({ name: 'Anna K.', organisation: '', role: 'member', active: true });
    const ben = await createMember({ name: 'Ben', organisation: '', role: 'member', active: true });
    if (!anna.ok || !ben.ok) throw new Error('create failed');
    expect(await getCurrentMember()).toBeNull();
    expect((await setCurrentMember(anna.data)).ok).toBe(true);
    expect((await getCurrentMember())?.name).toBe('Anna K.');
    expect((await setCurrentMember(ben.data)).ok).toBe(true);
    expect((await getCurrentMember())?.name).toBe('Ben');
    const missing = await setCurrentMember('no-such-member');
    expect(!missing.ok && missing.error.code).toBe('db/not-found');
    expect(await readSetting('currentMemberId')).toBe(ben.data);
  });
});

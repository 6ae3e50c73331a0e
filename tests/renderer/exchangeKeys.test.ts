import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createMemberKeys, formatMemberCard, isX25519Recipient } from '../../shared/exchange';
import { memberContentSchema } from '../../shared/model/member';
import { db } from '../../renderer/db/database';
import { insertRecord, writeTransaction } from '../../renderer/db/write';
import { planExport, runExport } from '../../renderer/exchange/exportFile';
import { ensureMyKeys, getMyKeysStatus, importMemberCard, myMemberCard } from '../../renderer/exchange/keys';
import { KEY_RING_SETTING } from '../../renderer/exchange/keyRing';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import { setClock } from '../../renderer/platform/clock';
import { becomeMember, codeOf, fakeKeychain, must, resetDevices, useDevice, wholeDatabase } from './exchange.support';

let wall = Date.UTC(2026, 2, 3, 18, 0, 0);

beforeEach(async () => {
  setClock(() => (wall += 7));
  await resetDevices();
  await useDevice('anna');
});
afterEach(() => {
  setClock();
  setSecretProtector();
});

async function addMember(name: string): Promise<string> {
  return writeTransaction([db.members], () =>
    insertRecord(db.members, memberContentSchema, { name, organisation: '', role: 'member', active: true, recipient: null, signingKey: null }),
  );
}

const keyRingText = async () => JSON.stringify((await db.settings.get(KEY_RING_SETTING))?.value ?? null);

describe('my keys', () => {
  test('on the desktop the private keys are kept by the keychain and the public keys go onto my member record', async () => {
    const keychain = fakeKeychain();
    setSecretProtector(keychain);
    const id = await addMember('Anna K.');
    await db.settings.put({ key: 'currentMemberId', value: id });
    const before = await db.members.get(id);

    const keys = must(await ensureMyKeys());
    expect(isX25519Recipient(keys.recipient)).toBe(true);
    const after = await db.members.get(id);
    expect(after).toMatchObject({ recipient: keys.recipient, signingKey: keys.signingPublicKey });
    // A stamped write: the key fields got a newer stamp, the name kept its own.
    expect(after!.clock.recipient! > before!.clock.recipient!).toBe(true);
    expect(after?.clock.name).toBe(before?.clock.name);
    expect(await keyRingText()).not.toMatch(/AGE-SECRET-KEY/);
    expect(must(await getMyKeysStatus())).toEqual({
      memberId: id,
      hasKeys: true,
      ...keys,
      protection: 'os-keychain',
      memberShowsOtherKeys: false,
    });
  });

  test('generates once: a second call returns the same keys and writes nothing', async () => {
    setSecretProtector(fakeKeychain());
    await becomeMember('Anna K.');
    const first = must(await getMyKeysStatus());
    const before = await wholeDatabase();
    const again = must(await ensureMyKeys());
    expect(again).toEqual({ recipient: first.recipient, signingPublicKey: first.signingPublicKey });
    expect(await wholeDatabase()).toBe(before);
  });

  test('without a keychain (web mode) the keys stay in the database and the status says so', async () => {
    setSecretProtector(fakeKeychain({ available: false }));
    await becomeMember('Anna K.');
    expect(must(await getMyKeysStatus()).protection).toBe('database');
    expect(await keyRingText()).toMatch(/AGE-SECRET-KEY/);
    // And they work: an export is signed and encrypted with them.
    const plan = must(await planExport({ kind: 'all' }));
    expect(must(await runExport(plan, { mode: 'members' })).bytes.length).toBeGreaterThan(100);
  });

  test('a keychain that can no longer decrypt makes exports fail with a code, not with a crash', async () => {
    setSecretProtector(fakeKeychain());
    await becomeMember('Anna K.');
    setSecretProtector(fakeKeychain({ readable: false }));
    const plan = must(await planExport({ kind: 'all' }));
    expect(codeOf(await runExport(plan, { mode: 'members' }))).toBe('secret/unreadable');
  });

  test('keys the member record shows but this device does not hold are never replaced silently', async () => {
    setSecretProtector(fakeKeychain());
    const id = await becomeMember('Anna K.');
    const shown = await db.members.get(id);
    await db.settings.delete(KEY_RING_SETTING);
    const before = await wholeDatabase();
    expect(codeOf(await ensureMyKeys())).toBe('exchange/keys-mismatch');
    expect(must(await getMyKeysStatus())).toMatchObject({ hasKeys: false, memberShowsOtherKeys: true });
    expect(await wholeDatabase()).toBe(before);

    const fresh = must(await ensureMyKeys({ replace: true }));
    expect(fresh.recipient).not.toBe(shown?.recipient);
    expect((await db.members.get(id))?.recipient).toBe(fresh.recipient);
  });

  test('no keys and no member yet: each says so with its own code', async () => {
    expect(codeOf(await ensureMyKeys())).toBe('exchange/no-member');
    expect(must(await getMyKeysStatus())).toMatchObject({ memberId: null, hasKeys: false });
    const id = await addMember('Anna K.');
    await db.settings.put({ key: 'currentMemberId', value: id });
    expect(codeOf(await myMemberCard())).toBe('exchange/no-keys');
    const plan = must(await planExport({ kind: 'all' }));
    expect(codeOf(await runExport(plan, { mode: 'members' }))).toBe('exchange/no-keys');
  });
});

describe('member cards', () => {
  test("Anna's card adds her to Ben's list under her own id, and a second import updates her", async () => {
    setSecretProtector(fakeKeychain());
    const annaId = await becomeMember('Anna K.');
    const card = must(await myMemberCard());
    expect(card).toMatch(/^RTCARD1:/);

    await useDevice('ben');
    await becomeMember('Ben');
    expect(must(await importMemberCard(card))).toEqual({ memberId: annaId, created: true, name: 'Anna K.' });
    const anna = await db.members.get(annaId);
    expect(anna).toMatchObject({ name: 'Anna K.', active: true, deleted: null });
    expect(must(await importMemberCard(`  ${card.slice(0, 40)}\n${card.slice(40)}  `))).toEqual({ memberId: annaId, created: false, name: 'Anna K.' });
  });

  test('a damaged card, or a card that would put foreign keys on my own member, is refused without a write', async () => {
    setSecretProtector(fakeKeychain());
    const annaId = await becomeMember('Anna K.');
    const card = must(await myMemberCard());
    const other = await createMemberKeys();
    const forged = must(
      formatMemberCard({ id: annaId, name: 'Anna K.', organisation: '', role: 'member', recipient: other.recipient, signingKey: other.signingPublicKey }),
    );
    const before = await wholeDatabase();
    expect(codeOf(await importMemberCard(forged))).toBe('exchange/keys-mismatch');
    expect(codeOf(await importMemberCard(card.slice(0, -3)))).toBe('exchange/invalid-card');
    expect(codeOf(await importMemberCard('hallo'))).toBe('exchange/invalid-card');
    expect(await wholeDatabase()).toBe(before);
  });
});

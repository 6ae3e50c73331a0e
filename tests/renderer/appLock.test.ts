import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../renderer/db/database';
import { listFollowUps } from '../../renderer/db/queries/followUps';
import { updateCase } from '../../renderer/db/repositories/cases';
import { getMyKeysStatus } from '../../renderer/exchange/keys';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import {
  APP_LOCK_SETTING,
  changePassphrase,
  enableAppLock,
  initAppLock,
  lockApp,
  readAppLock,
  removeAppLock,
  setKeychainUnlock,
  unlockWithPassphrase,
} from '../../renderer/security/appLock';
import { clearPlaintextCache } from '../../renderer/security/fieldCrypto';
import { DEFAULT_KDF_PARAMS } from '../../renderer/security/kdf';
import { lockStatus, setUnprotected } from '../../renderer/security/keyState';
import { appView, rawDatabaseText, TEST_KDF, TEXTS, writeKnownTexts, writeManyNotes } from './appLock.support';
import { becomeMember, codeOf, fakeKeychain, must } from './exchange.support';

const PASS = 'Kaffee am Bodensee 2026';

beforeEach(async () => {
  setUnprotected();
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  setUnprotected();
  setSecretProtector();
});

function expectNoText(raw: string): void {
  for (const text of Object.values(TEXTS)) expect(raw).not.toContain(text);
}

describe('with a passphrase', () => {
  test('texts written after setting it read back as written, and the database holds none of them', async () => {
    must(await enableAppLock(PASS, { params: TEST_KDF }));
    expect(lockStatus()).toBe('unlocked');
    const caseId = await writeKnownTexts();
    // Without the cache every read path has to decrypt for real.
    clearPlaintextCache();
    expect((await db.cases.get(caseId))?.summary).toBe(TEXTS.summary);
    expect((await db.caseNotes.where('caseId').equals(caseId).first())?.text).toBe(TEXTS.note);
    // listFollowUps filters through a cursor: the cursor path decrypts too.
    expect((await listFollowUps()).map((f) => f.details)).toEqual([TEXTS.details]);
    // A read-then-write in one transaction (patchRecord) survives the crypto in between.
    clearPlaintextCache();
    must(await updateCase(caseId, { title: 'Wohnung gefunden' }));
    clearPlaintextCache();
    await db.cases.toCollection().modify((c) => void (c.urgency = 'high'));
    expect(await db.cases.get(caseId)).toMatchObject({ title: 'Wohnung gefunden', urgency: 'high', summary: TEXTS.summary });
    const raw = await rawDatabaseText();
    expectNoText(raw);
    expect(raw).toContain('"rtEnc":1');
  });

  test('the key parameters are stored with the salt, at least OWASP’s minimum by default', async () => {
    must(await enableAppLock(PASS));
    expect((await readAppLock())?.kdf).toMatchObject({ alg: 'argon2id', params: DEFAULT_KDF_PARAMS });
    expect(DEFAULT_KDF_PARAMS.m).toBeGreaterThanOrEqual(19 * 1024);
    expect(DEFAULT_KDF_PARAMS.t).toBeGreaterThanOrEqual(2);
  });

  test('locked, nothing can be read or written; a wrong passphrase is refused, the right one opens it', async () => {
    must(await enableAppLock(PASS, { params: TEST_KDF }));
    const caseId = await writeKnownTexts();
    lockApp();
    expect(lockStatus()).toBe('locked');
    await expect(db.caseNotes.toArray()).rejects.toMatchObject({ code: 'lock/locked' });
    await expect(db.cases.get(caseId)).rejects.toMatchObject({ code: 'lock/locked' });
    expect(codeOf(await updateCase(caseId, { summary: 'neu' }))).toBe('lock/locked');
    expect(codeOf(await unlockWithPassphrase('Kaffee am Bodensee 2025'))).toBe('lock/wrong-passphrase');
    expect(lockStatus()).toBe('locked');
    must(await unlockWithPassphrase(PASS));
    expect((await db.cases.get(caseId))?.summary).toBe(TEXTS.summary);
  });

  test('after a restart the app starts locked; the keychain, if chosen, unlocks it without the passphrase', async () => {
    setSecretProtector(fakeKeychain());
    must(await enableAppLock(PASS, { params: TEST_KDF }));
    const caseId = await writeKnownTexts();
    setUnprotected();
    must(await initAppLock());
    expect(lockStatus()).toBe('locked');
    expect(codeOf(await setKeychainUnlock(true, 'falsch falsch'))).toBe('lock/wrong-passphrase');
    must(await setKeychainUnlock(true, PASS));
    setUnprotected();
    must(await initAppLock());
    expect(lockStatus()).toBe('unlocked');
    expect((await db.cases.get(caseId))?.summary).toBe(TEXTS.summary);
  });

  test('changing the passphrase keeps every text; only the new one opens the app', async () => {
    must(await enableAppLock(PASS, { params: TEST_KDF }));
    await writeKnownTexts();
    const before = await appView();
    expect(codeOf(await changePassphrase('nicht das alte', 'Neue lange Passphrase', TEST_KDF))).toBe('lock/wrong-passphrase');
    must(await changePassphrase(PASS, 'Neue lange Passphrase', TEST_KDF));
    lockApp();
    expect(codeOf(await unlockWithPassphrase(PASS))).toBe('lock/wrong-passphrase');
    must(await unlockWithPassphrase('Neue lange Passphrase'));
    expect(await appView()).toBe(before);
  });

  test('the private exchange keys are encrypted too, and still usable', async () => {
    await becomeMember('Aylin');
    const keysBefore = must(await getMyKeysStatus());
    const secretBefore = JSON.stringify((await db.settings.get('memberKeys'))?.value);
    must(await enableAppLock(PASS, { params: TEST_KDF }));
    const raw = await rawDatabaseText();
    expect(raw).not.toContain(secretBefore.slice(1, -1));
    expect(raw).not.toContain('AGE-SECRET-KEY');
    expect(must(await getMyKeysStatus())).toEqual(keysBefore);
  });
});

describe('turning the passphrase on and off', () => {
  test('on encrypts every record already stored, off decrypts them; no record changes its content', async () => {
    await becomeMember('Jonas');
    const caseId = await writeKnownTexts();
    await writeManyNotes(caseId, 230);
    const plain = await appView();
    const rawPlain = await rawDatabaseText();
    expect(rawPlain).toContain(TEXTS.note);
    must(await enableAppLock(PASS, { params: TEST_KDF }));
    expect((await readAppLock())?.migration).toBe('done');
    expect(await appView()).toBe(plain);
    const rawLocked = await rawDatabaseText();
    expectNoText(rawLocked);
    expect(rawLocked).not.toContain('Notiz Nummer 17');
    must(await removeAppLock(PASS));
    expect(await db.settings.get(APP_LOCK_SETTING)).toBeUndefined();
    expect(lockStatus()).toBe('off');
    expect(await appView()).toBe(plain);
    expect(await rawDatabaseText()).toBe(rawPlain);
  });

  test('a failure halfway through turning it on leaves every text readable, and the next unlock finishes the job', async () => {
    const caseId = await writeKnownTexts();
    await writeManyNotes(caseId, 230);
    const plain = await appView();
    const failed = await enableAppLock(PASS, {
      params: TEST_KDF,
      hooks: {
        beforeBatch: (table, batch) => {
          if (table === 'caseNotes' && batch === 1) throw new Error('power cut');
        },
      },
    });
    expect(failed.ok).toBe(false);
    expect((await readAppLock())?.migration).toBe('encrypting');
    // Half the notes are encrypted, half are not; with the key all read back as they were.
    expect(await appView()).toBe(plain);
    const rawHalf = await rawDatabaseText();
    expect(rawHalf).toContain('"rtEnc":1');
    expect(rawHalf).toContain('Notiz Nummer 229');
    lockApp();
    must(await unlockWithPassphrase(PASS));
    expect((await readAppLock())?.migration).toBe('done');
    expect(await rawDatabaseText()).not.toContain('Notiz Nummer 229');
    expect(await appView()).toBe(plain);
  });

  test('a failure halfway through turning it off keeps the passphrase until the rest is decrypted', async () => {
    const caseId = await writeKnownTexts();
    await writeManyNotes(caseId, 230);
    must(await enableAppLock(PASS, { params: TEST_KDF }));
    const plain = await appView();
    const failed = await removeAppLock(PASS, {
      beforeBatch: (table, batch) => {
        if (table === 'caseNotes' && batch === 1) throw new Error('power cut');
      },
    });
    expect(failed.ok).toBe(false);
    expect(await appView()).toBe(plain);
    setUnprotected();
    must(await initAppLock());
    expect(lockStatus()).toBe('locked');
    must(await unlockWithPassphrase(PASS));
    expect(lockStatus()).toBe('off');
    expect(await appView()).toBe(plain);
    expect(await rawDatabaseText()).not.toContain('"rtEnc"');
  });
});

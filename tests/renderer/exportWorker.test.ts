import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../renderer/db/database';
import { ensureDevice } from '../../renderer/db/device';
import { planExport, runExport } from '../../renderer/exchange/exportFile';
import { loadMyKeys } from '../../renderer/exchange/keyRing';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import { handleWorkerMessage } from '../../renderer/exchange/worker/handler';
import { enableAppLock, lockApp } from '../../renderer/security/appLock';
import { keyState, lockStatus, setLocked, setUnprotected } from '../../renderer/security/keyState';
import { decryptExchange } from '../../shared/exchange';
import { TEST_KDF, TEXTS, writeKnownTexts } from './appLock.support';
import { becomeMember, codeOf, fakeKeychain, must } from './exchange.support';

// The export runs in the exchange Worker, which reads the database through its own
// connection. With the app passphrase on, it gets the data key with the request and
// decrypts the free text with it; locked, no export starts.

const PASS = 'Kaffee am Bodensee 2026';

beforeEach(async () => {
  setUnprotected();
  setSecretProtector(fakeKeychain());
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  setUnprotected();
  setSecretProtector();
});

describe('an export with the app passphrase on', () => {
  test('carries the free text in plain words, decrypted in the Worker with the key it was handed, which it forgets afterwards', async () => {
    await becomeMember('Anna');
    must(await enableAppLock(PASS, { params: TEST_KDF }));
    await writeKnownTexts();
    const { member, keys } = await loadMyKeys();
    const device = await ensureDevice();
    // The Worker starts with neither the key nor any decrypted value: every text must be decrypted with the key handed over.
    const dataKey = keyState().key;
    expect(dataKey).not.toBeNull();
    setLocked();
    const { response } = await handleWorkerMessage(
      {
        id: 7,
        request: {
          kind: 'exportStored',
          header: { scope: { kind: 'all' }, deviceId: device.deviceId, member: { id: member.id, name: member.name }, createdAt: new Date().toISOString() },
          dataKey,
          signingSecretKey: keys.signingSecretKey,
          target: { recipients: [keys.recipient] },
        },
      },
      { ownLockState: true },
    );
    const sealed = must(response.result) as { bytes: Uint8Array; caseCount: number };
    expect(sealed.caseCount).toBe(1);
    const text = new TextDecoder().decode(must(await decryptExchange(sealed.bytes, { identity: keys.identity })));
    for (const written of Object.values(TEXTS)) expect(text).toContain(written);
    expect(text).not.toContain('"rtEnc"');
    // The Worker's lock state holds the key only for the request.
    expect(lockStatus()).toBe('locked');
    expect(keyState().key).toBeNull();
  });

  test('locked, the export does not run and says why', async () => {
    await becomeMember('Anna');
    must(await enableAppLock(PASS, { params: TEST_KDF }));
    await writeKnownTexts();
    const plan = must(await planExport({ kind: 'all' }));
    lockApp();
    expect(codeOf(await runExport(plan, { mode: 'members' }))).toBe('lock/locked');
  });
});

import { AppFailure, type Result } from '../../shared/errors/result';
import { EXCHANGE_FILE_EXTENSION, exchangeScopeSchema, isX25519Recipient, normalisePassphrase, type ExchangeScope } from '../../shared/exchange';
import { ENTITY_NAMES, type EntityName } from '../../shared/model/entities';
import { db } from '../db/database';
import { ensureDevice } from '../db/device';
import { readSetting, writeSetting } from '../db/repositories/settings';
import { asResult } from '../db/write';
import { now } from '../platform/clock';
import { keyState } from '../security/keyState';
import { loadMyKeys } from './keyRing';
import { collectRecords } from './scope';
import { countRecords, syncTable, syncTables } from './tables';
import { inWorker } from './worker/client';

/**
 * Writing an exchange file: plan (what leaves, to whom), then run (collect, sign,
 * encrypt in the Worker). The UI saves the bytes with platform.saveFile({kind:
 * 'exchange'}) and, once saved, calls markExchanged.
 */

export type ExportScope = ExchangeScope;

export interface ExportRecipient {
  readonly memberId: string;
  readonly name: string;
  readonly recipient: string;
}

export interface ExportPlan {
  readonly scope: ExportScope;
  readonly counts: Readonly<Record<EntityName, number>>;
  readonly total: number;
  /** Active members with a valid key, and me: the file is encrypted to all of them. */
  readonly recipients: readonly ExportRecipient[];
  /** Active members who cannot open a members file (no key yet): send them a passphrase file. */
  readonly membersWithoutKeys: readonly { readonly memberId: string; readonly name: string }[];
}

export type ExportProtection = { readonly mode: 'members' } | { readonly mode: 'passphrase'; readonly passphrase: string };

function checkedScope(scope: ExportScope): ExportScope {
  const parsed = exchangeScopeSchema.safeParse(scope);
  if (!parsed.success) throw new AppFailure('validation/invalid', `scope: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

async function recipientsFor(meId: string | null): Promise<Pick<ExportPlan, 'recipients' | 'membersWithoutKeys'>> {
  const members = await db.members.filter((m) => m.deleted === null).toArray();
  const recipients: ExportRecipient[] = [];
  const membersWithoutKeys: { memberId: string; name: string }[] = [];
  for (const member of members.sort((a, b) => a.name.localeCompare(b.name, 'de'))) {
    const isMe = member.id === meId;
    if (!member.active && !isMe) continue;
    if (member.recipient !== null && isX25519Recipient(member.recipient)) recipients.push({ memberId: member.id, name: member.name, recipient: member.recipient });
    else if (!isMe) membersWithoutKeys.push({ memberId: member.id, name: member.name });
  }
  return { recipients, membersWithoutKeys };
}

/** Records per entity and in all, tombstones included, as an export of everything carries them. */
async function countAll(): Promise<{ counts: Record<EntityName, number>; total: number }> {
  const numbers = await db.transaction('r', syncTables(), () => Promise.all(ENTITY_NAMES.map((name) => syncTable(name).count())));
  const counts = Object.fromEntries(ENTITY_NAMES.map((name, i) => [name, numbers[i] ?? 0])) as Record<EntityName, number>;
  return { counts, total: numbers.reduce((sum, n) => sum + n, 0) };
}

/** What an export of this scope would carry and to whom (nothing is encrypted yet). */
export function planExport(scope: ExportScope): Promise<Result<ExportPlan>> {
  return asResult(async () => {
    const checked = checkedScope(scope);
    const meId = await readSetting('currentMemberId');
    // Everything: the tables' counts say what leaves without reading 200 MB of records twice (run reads them).
    const counted = checked.kind === 'all' ? await countAll() : countRecords(await collectRecords(checked, meId));
    return { scope: checked, ...counted, ...(await recipientsFor(meId)) };
  });
}

function suggestedNameFor(scope: ExportScope, carried: { readonly caseCount: number; readonly meetingDate: string | null }): string {
  const today = new Date(now()).toISOString().slice(0, 10);
  const suffix = scope.kind === 'all' ? 'alles' : scope.kind === 'cases' ? `${carried.caseCount}-Faelle` : `Sitzung-${carried.meetingDate ?? ''}`;
  return `Runder-Tisch-${today}-${suffix}${EXCHANGE_FILE_EXTENSION}`;
}

/**
 * Collects the plan's records afresh, signs them with my key and encrypts them to
 * the plan's recipients plus me, or to a passphrase as the only recipient. Fails
 * with 'exchange/no-member' or 'exchange/no-keys' (the UI offers "Schlüssel erzeugen"),
 * and with 'lock/locked' while the app is locked.
 */
export function runExport(plan: ExportPlan, protection: ExportProtection): Promise<Result<{ bytes: Uint8Array<ArrayBuffer>; suggestedName: string }>> {
  return asResult(async () => {
    const scope = checkedScope(plan.scope);
    if (protection.mode === 'passphrase' && normalisePassphrase(protection.passphrase).trim() === '') {
      throw new AppFailure('exchange/invalid-key', 'empty passphrase');
    }
    const lock = keyState();
    if (lock.status === 'locked') throw new AppFailure('lock/locked', 'export: the app is locked');
    const { member, keys } = await loadMyKeys();
    const device = await ensureDevice();
    const target =
      protection.mode === 'passphrase'
        ? { passphrase: protection.passphrase }
        : { recipients: [...new Set([keys.recipient, ...plan.recipients.map((r) => r.recipient)])] };
    // The Worker reads the records itself (its own connection, with the data key for the app lock's
    // middleware), serialises them page by page, signs and encrypts: the UI thread only waits.
    const sealed = await inWorker({
      kind: 'exportStored',
      header: { scope, deviceId: device.deviceId, member: { id: member.id, name: member.name }, createdAt: new Date(now()).toISOString() },
      dataKey: lock.key,
      signingSecretKey: keys.signingSecretKey,
      target,
    });
    if (!sealed.ok) throw new AppFailure(sealed.error.code, sealed.error.message);
    return { bytes: sealed.data.bytes, suggestedName: suggestedNameFor(scope, sealed.data) };
  });
}

/** Remembers that this device just exchanged (after the UI saved an export). */
export function markExchanged(): Promise<Result<void>> {
  return writeSetting('lastExchangeAt', new Date(now()).toISOString());
}

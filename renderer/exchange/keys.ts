import { AppFailure, type Result } from '../../shared/errors/result';
import { createMemberKeys, formatMemberCard, parseMemberCard } from '../../shared/exchange';
import { memberContentSchema, type MemberContent } from '../../shared/model/member';
import { stampNew } from '../../shared/model/stamp';
import { db } from '../db/database';
import { nextWriteContext } from '../db/device';
import { readSetting } from '../db/repositories/settings';
import { asResult, patchRecord, writeTransaction } from '../db/write';
import { now } from '../platform/clock';
import { liveMember, protectKeys, readKeyRing, requireCurrentMemberId, storeKeys, type KeyProtection, type StoredKeys } from './keyRing';

/**
 * The exchange keys of the member this device speaks for (settings currentMemberId),
 * and the Mitgliedskarte that carries the public halves to the others.
 */

export interface MyKeysStatus {
  readonly memberId: string | null;
  /** This device holds private keys for the member. */
  readonly hasKeys: boolean;
  readonly recipient: string | null;
  readonly signingPublicKey: string | null;
  /** How the private keys are kept: by the OS keychain, or in the database (web mode, or no keychain). */
  readonly protection: KeyProtection | null;
  /** The member record shows public keys this device does not hold (made on another device, or lost). */
  readonly memberShowsOtherKeys: boolean;
}

export interface PublicKeys {
  readonly recipient: string;
  readonly signingPublicKey: string;
}

const publicOf = (stored: StoredKeys): PublicKeys => ({ recipient: stored.recipient, signingPublicKey: stored.signingPublicKey });

/** What this device knows about its member's keys, without reading any secret. */
export function getMyKeysStatus(): Promise<Result<MyKeysStatus>> {
  return asResult(async () => {
    const memberId = await readSetting('currentMemberId');
    const none: MyKeysStatus = { memberId, hasKeys: false, recipient: null, signingPublicKey: null, protection: null, memberShowsOtherKeys: false };
    if (memberId === null) return none;
    const member = await db.members.get(memberId);
    const stored = (await readKeyRing())[memberId];
    const shown = member && member.deleted === null ? { recipient: member.recipient, signingKey: member.signingKey } : null;
    const memberShowsOtherKeys =
      shown !== null &&
      (shown.recipient !== null || shown.signingKey !== null) &&
      (stored === undefined || shown.recipient !== stored.recipient || shown.signingKey !== stored.signingPublicKey);
    if (!stored) return { ...none, memberShowsOtherKeys };
    return { memberId, hasKeys: true, ...publicOf(stored), protection: stored.protection, memberShowsOtherKeys };
  });
}

/**
 * Makes sure my member has exchange keys: generates them once, keeps the private
 * halves protected, and writes the public halves onto the member record (a stamped
 * write, so they travel with the next exchange). Existing keys are never replaced
 * silently: if the member record already shows keys this device does not hold,
 * this fails with 'exchange/keys-mismatch' unless `replace` is set, which makes
 * fresh keys (files encrypted to the old ones can then no longer be opened here).
 */
export function ensureMyKeys(options: { readonly replace?: boolean } = {}): Promise<Result<PublicKeys>> {
  return asResult(async () => {
    const memberId = await requireCurrentMemberId();
    const member = await liveMember(memberId);
    const stored = (await readKeyRing())[memberId];
    const memberHasKeys = member.recipient !== null || member.signingKey !== null;
    if (stored && !options.replace) {
      if (member.recipient === stored.recipient && member.signingKey === stored.signingPublicKey) return publicOf(stored);
      if (memberHasKeys) throw new AppFailure('exchange/keys-mismatch', 'the member record shows other keys than this device holds');
      await publish(memberId, publicOf(stored));
      return publicOf(stored);
    }
    if (!stored && memberHasKeys && !options.replace) {
      throw new AppFailure('exchange/keys-mismatch', 'the member record already shows keys this device does not hold');
    }
    // Generating and protecting happen before the transaction: the keychain is a round trip to main.
    const keys = await createMemberKeys();
    const entry = await protectKeys(keys, new Date(now()).toISOString());
    return writeTransaction([db.members], async () => {
      const current = (await readKeyRing())[memberId];
      // A second call that raced this one already made keys: keep those, drop ours.
      if (current && current.createdAt !== stored?.createdAt) return publicOf(current);
      await storeKeys(memberId, entry);
      await patchRecord(db.members, memberContentSchema, memberId, { recipient: entry.recipient, signingKey: entry.signingPublicKey });
      return publicOf(entry);
    });
  });
}

function publish(memberId: string, keys: PublicKeys): Promise<unknown> {
  return writeTransaction([db.members], () =>
    patchRecord(db.members, memberContentSchema, memberId, { recipient: keys.recipient, signingKey: keys.signingPublicKey }),
  );
}

/** The Mitgliedskarte of my member as one line of text (RTCARD1:…); 'exchange/no-keys' before keys exist. */
export function myMemberCard(): Promise<Result<string>> {
  return asResult(async () => {
    const member = await liveMember(await requireCurrentMemberId());
    if (member.recipient === null || member.signingKey === null) throw new AppFailure('exchange/no-keys', 'my member has no public keys yet');
    const card = formatMemberCard({
      id: member.id,
      name: member.name,
      organisation: member.organisation,
      role: member.role,
      recipient: member.recipient,
      signingKey: member.signingKey,
    });
    if (!card.ok) throw new AppFailure(card.error.code, card.error.message);
    return card.data;
  });
}

/**
 * Adds the member a card describes, under the card's id (so both laptops mean the
 * same record), or updates that member's name, organisation, role and keys. A card
 * that would put foreign keys on my own member is refused ('exchange/keys-mismatch').
 */
export function importMemberCard(text: string): Promise<Result<{ memberId: string; created: boolean; name: string }>> {
  return asResult(async () => {
    const parsed = parseMemberCard(text);
    if (!parsed.ok) throw new AppFailure(parsed.error.code, parsed.error.message);
    const card = parsed.data;
    const mine = await readSetting('currentMemberId');
    if (card.id === mine) {
      const stored = (await readKeyRing())[card.id];
      if (stored && (stored.recipient !== card.recipient || stored.signingPublicKey !== card.signingKey)) {
        throw new AppFailure('exchange/keys-mismatch', 'the card carries other keys than this device holds for me');
      }
    }
    const patch: Partial<MemberContent> = {
      name: card.name,
      organisation: card.organisation,
      role: card.role,
      recipient: card.recipient,
      signingKey: card.signingKey,
    };
    return writeTransaction([db.members], async () => {
      const existing = await db.members.get(card.id);
      if (existing) {
        if (existing.deleted !== null) throw new AppFailure('db/not-found', `members/${card.id} was erased`);
        const updated = await patchRecord(db.members, memberContentSchema, card.id, patch);
        return { memberId: card.id, created: false, name: updated.name };
      }
      const content = memberContentSchema.parse({ ...patch, active: true });
      await db.members.add(stampNew(card.id, content, await nextWriteContext()));
      return { memberId: card.id, created: true, name: content.name };
    });
  });
}

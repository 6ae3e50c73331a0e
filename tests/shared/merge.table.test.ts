import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../shared/clock/hlc';
import { stampNew, stampPatch, stampTombstone, type WriteContext } from '../../shared/model/stamp';
import type { Stored } from '../../shared/model/sync';
import { MergeError, mergeRecord, recordConflicts, resolveConflict } from '../../shared/merge/record';

// Worked cases of the merge, one story each, as two or three members would live them.

interface Card {
  title: string;
  status: string;
  phone: string;
}
type StoredCard = Stored<Card>;

const ID = 'card00000001';
const BLANK: Card = { title: '', status: 'closed', phone: '' };
const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function at(deviceId: string, wallMs: number, counter = 0): WriteContext {
  return { stamp: formatHlc({ wallMs, counter, deviceId }), deviceId, nowIso: new Date(wallMs).toISOString() };
}

function patch(record: StoredCard, change: Partial<Card>, ctx: WriteContext): StoredCard {
  const next = stampPatch(record, change, ctx);
  if (next === null) throw new Error('patch changed nothing');
  return next;
}

/** Merges both ways, checks that both directions give the very same object (key order too), returns it. */
function exchange(a: StoredCard, b: StoredCard): StoredCard {
  const ab = mergeRecord(a, b);
  const ba = mergeRecord(b, a);
  expect(JSON.stringify(ab)).toBe(JSON.stringify(ba));
  return ab;
}

function content(record: StoredCard): Card {
  return { title: record.title, status: record.status, phone: record.phone };
}

const original = stampNew(ID, { title: 'Wohnungssuche', status: 'new', phone: '0761 1234' }, at('anna', T0));

describe('merge worked cases', () => {
  it('edits to different fields are both kept, without a conflict', () => {
    const anna = patch(original, { status: 'in_progress' }, at('anna', T0 + MINUTE));
    const ben = patch(original, { phone: '0761 9999' }, at('bert', T0 + 2 * MINUTE));
    const merged = exchange(anna, ben);
    expect(content(merged)).toEqual({ title: 'Wohnungssuche', status: 'in_progress', phone: '0761 9999' });
    expect(merged.conflicts).toEqual({});
    expect(recordConflicts(merged)).toEqual([]);
    expect(merged.vv).toEqual({ anna: anna.vv.anna, bert: ben.vv.bert });
  });

  it('concurrent edits of one field: the higher stamp shows, the other is kept as a conflict on both sides', () => {
    const anna = patch(original, { title: 'Wohnung gefunden' }, at('anna', T0 + 2 * MINUTE));
    const ben = patch(original, { title: 'Wohnung abgelehnt' }, at('bert', T0 + MINUTE));
    const merged = exchange(anna, ben);
    expect(merged.title).toBe('Wohnung gefunden');
    expect(merged.conflicts).toEqual({ title: [{ value: 'Wohnung abgelehnt', stamp: ben.clock.title }] });
    expect(recordConflicts(merged)).toEqual([
      {
        field: 'title',
        versions: [
          { value: 'Wohnung gefunden', stamp: anna.clock.title },
          { value: 'Wohnung abgelehnt', stamp: ben.clock.title },
        ],
      },
    ]);
    expect(merged.deviceId).toBe('anna');
  });

  it('the device id inside the stamp breaks a tie of wall time and counter', () => {
    const anna = patch(original, { title: 'A' }, at('anna', T0 + MINUTE));
    const ben = patch(original, { title: 'B' }, at('bert', T0 + MINUTE));
    const merged = exchange(anna, ben);
    expect(merged.title).toBe('B');
    expect(merged.conflicts.title).toEqual([{ value: 'A', stamp: anna.clock.title }]);
  });

  it('an edit made after seeing another wins even with a smaller stamp (a laptop clock running days ahead)', () => {
    const fast = patch(original, { title: 'vom schnellen Laptop' }, at('fastlaptop', T0 + 3 * DAY));
    // Ben imports the fast laptop's file; his clock does not follow a stamp that far ahead.
    const benSeesIt = exchange(original, fast);
    const ben = patch(benSeesIt, { title: 'korrigiert von Ben' }, at('bert', T0 + MINUTE));
    expect((ben.clock.title as string) < (fast.clock.title as string)).toBe(true);
    const merged = exchange(fast, ben);
    expect(merged.title).toBe('korrigiert von Ben');
    expect(merged.conflicts).toEqual({});
  });

  it('an edit concurrent with an erasure keeps the record alive and asks about the erasure', () => {
    const erased = stampTombstone(original, BLANK, at('anna', T0 + 10 * MINUTE));
    const ben = patch(original, { status: 'waiting' }, at('bert', T0 + MINUTE));
    const merged = exchange(erased, ben);
    expect(merged.deleted).toBeNull();
    // The concurrent edit shows although the erasure's stamp is higher; what Anna had seen stays erased.
    expect(content(merged)).toEqual({ title: '', status: 'waiting', phone: '' });
    expect(merged.conflicts.deleted).toEqual([{ value: true, stamp: erased.deleted }]);
    expect(recordConflicts(merged)).toEqual([{ field: 'deleted', versions: [{ value: true, stamp: erased.deleted }] }]);
  });

  it('an erasure that had seen every edit leaves only the tombstone', () => {
    const ben = patch(original, { status: 'waiting' }, at('bert', T0 + MINUTE));
    const annaSawBen = exchange(original, ben);
    const erased = stampTombstone(annaSawBen, BLANK, at('anna', T0 + 10 * MINUTE));
    const merged = exchange(erased, ben);
    expect(merged.deleted).toBe(erased.deleted);
    expect(content(merged)).toEqual(BLANK);
    expect(merged.clock).toEqual({ phone: erased.deleted, status: erased.deleted, title: erased.deleted });
    expect(merged.conflicts).toEqual({});
    expect(JSON.stringify(merged)).not.toContain('0761');
  });

  it('two concurrent erasures leave one tombstone and nothing to review', () => {
    const anna = stampTombstone(original, BLANK, at('anna', T0 + MINUTE));
    const ben = stampTombstone(original, { ...BLANK, status: 'new' }, at('bert', T0 + 2 * MINUTE));
    const merged = exchange(anna, ben);
    expect(merged.deleted).toBe(ben.deleted);
    expect(content(merged)).toEqual({ ...BLANK, status: 'new' });
    expect(recordConflicts(merged)).toEqual([]);
  });

  it('a conflict settled on one laptop travels with the next exchange and clears it on the other', () => {
    const anna = patch(original, { title: 'Anna' }, at('anna', T0 + 2 * MINUTE));
    const ben = patch(original, { title: 'Ben' }, at('bert', T0 + MINUTE));
    const annaAfter = exchange(anna, ben);
    const benAfter = exchange(ben, anna);
    expect(recordConflicts(benAfter)).toHaveLength(1);
    // Ben picks his own, losing value in Konflikte.
    const settled = resolveConflict(benAfter, 'title', 'Ben', at('bert', T0 + 5 * MINUTE));
    expect(settled.title).toBe('Ben');
    expect(recordConflicts(settled)).toEqual([]);
    const annaNext = mergeRecord(annaAfter, settled);
    expect(annaNext.title).toBe('Ben');
    expect(recordConflicts(annaNext)).toEqual([]);
    expect(annaNext).toEqual(exchange(settled, annaAfter));
  });

  it('keeping a disputed record travels too: the erasure disappears everywhere', () => {
    const erased = stampTombstone(original, BLANK, at('anna', T0 + 10 * MINUTE));
    const ben = patch(original, { status: 'waiting' }, at('bert', T0 + MINUTE));
    const benAfter = exchange(ben, erased);
    const kept = resolveConflict(benAfter, 'deleted', false, at('bert', T0 + 20 * MINUTE));
    expect(kept.deleted).toBeNull();
    expect(kept.conflicts).toEqual({});
    const annaNext = exchange(erased, kept);
    expect(annaNext.deleted).toBeNull();
    expect(content(annaNext)).toEqual({ title: '', status: 'waiting', phone: '' });
    expect(recordConflicts(annaNext)).toEqual([]);
  });

  it('confirming a disputed erasure travels as a tombstone that wins everywhere', () => {
    const erased = stampTombstone(original, BLANK, at('anna', T0 + 10 * MINUTE));
    const ben = patch(original, { status: 'waiting' }, at('bert', T0 + MINUTE));
    const benAfter = exchange(ben, erased);
    const confirmed = resolveConflict(benAfter, 'deleted', true, at('bert', T0 + 20 * MINUTE), BLANK);
    const everywhere = [exchange(confirmed, erased), exchange(confirmed, ben), exchange(confirmed, benAfter)];
    for (const record of everywhere) {
      expect(record.deleted).toBe(confirmed.deleted);
      expect(content(record)).toEqual(BLANK);
      expect(recordConflicts(record)).toEqual([]);
    }
  });

  it('a three-way concurrent edit shows the newest and keeps both others', () => {
    const anna = patch(original, { title: 'Anna' }, at('anna', T0 + 3 * MINUTE));
    const ben = patch(original, { title: 'Ben' }, at('bert', T0 + MINUTE));
    const cem = patch(original, { title: 'Cem' }, at('carl', T0 + 2 * MINUTE));
    const merged = exchange(exchange(anna, ben), cem);
    expect(merged).toEqual(exchange(anna, exchange(ben, cem)));
    expect(merged.title).toBe('Anna');
    expect(merged.conflicts.title).toEqual([
      { value: 'Ben', stamp: ben.clock.title },
      { value: 'Cem', stamp: cem.clock.title },
    ]);
    // Whoever meets whom first, the outcome is the same.
    expect(exchange(exchange(ben, cem), anna)).toEqual(merged);
  });

  it('a field that one side does not know yet (newer schema) is simply added', () => {
    const newer = { ...original, priority: 'high', clock: { ...original.clock, priority: at('bert', T0 + MINUTE).stamp } };
    const older = patch(original, { status: 'waiting' }, at('anna', T0 + 2 * MINUTE));
    const merged = mergeRecord<Card & { priority?: string }>(older, newer);
    expect(merged.priority).toBe('high');
    expect(merged.status).toBe('waiting');
  });

  it('keeps the earliest creation time and the latest update time', () => {
    const anna = patch(original, { status: 'waiting' }, at('anna', T0 + 2 * MINUTE));
    const copy = { ...original, createdAt: new Date(T0 - DAY).toISOString() };
    const merged = exchange(anna, copy);
    expect(merged.createdAt).toBe(copy.createdAt);
    expect(merged.updatedAt).toBe(anna.updatedAt);
  });

  it('refuses to merge two different records and refuses nonsense settlements', () => {
    const other = stampNew('card00000002', { title: 'x', status: 'new', phone: '' }, at('bert', T0));
    expect(() => mergeRecord(original, other)).toThrow(MergeError);
    expect(() => resolveConflict(original, 'deleted', 'ja', at('anna', T0 + 1))).toThrow(MergeError);
    expect(() => resolveConflict(original, 'deleted', true, at('anna', T0 + 1))).toThrow(MergeError);
    expect(() => resolveConflict(original, 'vv', {}, at('anna', T0 + 1))).toThrow(MergeError);
    const erased = stampTombstone(original, BLANK, at('anna', T0 + 1));
    expect(() => resolveConflict(erased, 'title', 'back', at('anna', T0 + 2))).toThrow(MergeError);
  });
});

import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc, receiveHlc, tickHlc, createHlcState } from '../../shared/clock/hlc';
import { stampNew, stampPatch, stampTombstone, type WriteContext } from '../../shared/model/stamp';
import type { Stored } from '../../shared/model/sync';
import { mergeIncoming, newestStamp } from '../../shared/merge/dataset';
import { recordConflicts } from '../../shared/merge/record';

interface Card {
  title: string;
  status: string;
}
type StoredCard = Stored<Card>;

const BLANK: Card = { title: '', status: 'closed' };
const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function at(deviceId: string, wallMs: number): WriteContext {
  return { stamp: formatHlc({ wallMs, counter: 0, deviceId }), deviceId, nowIso: new Date(wallMs).toISOString() };
}

function patch(record: StoredCard, change: Partial<Card>, ctx: WriteContext): StoredCard {
  const next = stampPatch(record, change, ctx);
  if (next === null) throw new Error('patch changed nothing');
  return next;
}

function byId(records: StoredCard[]): Map<string, StoredCard> {
  return new Map(records.map((record) => [record.id, record]));
}

function apply(local: Map<string, StoredCard>, puts: StoredCard[]): Map<string, StoredCard> {
  const next = new Map(local);
  for (const record of puts) next.set(record.id, record);
  return next;
}

const a = stampNew('card0000000a', { title: 'A', status: 'new' }, at('anna', T0));
const b = stampNew('card0000000b', { title: 'B', status: 'new' }, at('anna', T0 + 1));
const e = stampNew('card0000000e', { title: 'E', status: 'new' }, at('anna', T0 + 2));

describe('merging an incoming file', () => {
  it('classifies every record and writes only what really changes', () => {
    const local = byId([a, b, e]);
    const changedA = patch(a, { status: 'waiting' }, at('bert', T0 + MINUTE));
    const newC = stampNew('card0000000c', { title: 'C', status: 'new' }, at('bert', T0 + MINUTE));
    const erasedElsewhere = stampTombstone(
      stampNew('card0000000d', { title: 'D', status: 'new' }, at('bert', T0)),
      BLANK,
      at('bert', T0 + 2 * MINUTE),
    );
    const { puts, summary } = mergeIncoming(local, [newC, erasedElsewhere, b, changedA]);
    expect(puts.map((r) => r.id)).toEqual(['card0000000a', 'card0000000c', 'card0000000d']);
    expect(summary).toEqual({ added: 1, changed: 1, deleted: 1, conflicts: 0, unchanged: 1 });
    expect(puts[0]?.status).toBe('waiting');
  });

  it('a file that leaves records out never deletes them (scoped exchange)', () => {
    const local = byId([a, b, e]);
    const { puts, summary } = mergeIncoming(local, [a]);
    expect(puts).toEqual([]);
    expect(summary).toEqual({ added: 0, changed: 0, deleted: 0, conflicts: 0, unchanged: 1 });
  });

  it('counts an erasure of a record held here and a new conflict', () => {
    const benA = patch(a, { title: 'A von Ben' }, at('bert', T0 + MINUTE));
    const local = byId([patch(a, { title: 'A von Anna' }, at('anna', T0 + 2 * MINUTE)), b]);
    const erasedB = stampTombstone(b, BLANK, at('bert', T0 + MINUTE));
    const { puts, summary } = mergeIncoming(local, [benA, erasedB]);
    expect(summary).toEqual({ added: 0, changed: 0, deleted: 1, conflicts: 1, unchanged: 0 });
    expect(recordConflicts(puts[0] as StoredCard).map((c) => c.field)).toEqual(['title']);
    expect(puts[1]?.deleted).toBe(erasedB.deleted);
  });

  it('merges two copies of one record inside a file, whatever their order', () => {
    const fromBen = patch(a, { title: 'Ben' }, at('bert', T0 + MINUTE));
    const fromCem = patch(a, { status: 'closed' }, at('carl', T0 + MINUTE));
    const one = mergeIncoming(new Map(), [fromBen, fromCem]);
    const other = mergeIncoming(new Map(), [fromCem, fromBen]);
    expect(JSON.stringify(one)).toBe(JSON.stringify(other));
    expect(one.puts[0]).toMatchObject({ title: 'Ben', status: 'closed', conflicts: {} });
    expect(one.summary.added).toBe(1);
  });

  it('importing the same file twice changes nothing the second time', () => {
    const local = byId([patch(a, { title: 'Anna' }, at('anna', T0 + 2 * MINUTE)), b]);
    const file = [patch(a, { title: 'Ben' }, at('bert', T0 + MINUTE)), stampTombstone(b, BLANK, at('bert', T0 + MINUTE)), e];
    const first = mergeIncoming(local, file);
    expect(first.puts).toHaveLength(3);
    const second = mergeIncoming(apply(local, first.puts), file);
    expect(second.puts).toEqual([]);
    expect(second.summary).toEqual({ added: 0, changed: 0, deleted: 0, conflicts: 0, unchanged: 3 });
  });

  it('hands the clock the newest stamp within the drift bound, passing over a laptop days ahead', () => {
    const normal = patch(a, { title: 'x' }, at('bert', T0 + 5 * MINUTE));
    const fast = patch(b, { title: 'y' }, at('fastlaptop', T0 + 3 * DAY));
    const newest = newestStamp([normal, fast, e], T0);
    expect(newest).toBe(normal.clock.title);
    expect(newestStamp([normal, fast], T0 + 3 * DAY)).toBe(fast.clock.title);
    expect(newestStamp([], T0)).toBeUndefined();
    // Folded into the local clock, the next local stamp sorts after every stamp it followed.
    const local = tickHlc(createHlcState('anna'), T0).state;
    const next = tickHlc(receiveHlc(local, newest as string, T0), T0 + 1);
    expect(next.stamp > (newest as string)).toBe(true);
    expect(parseHlc(next.stamp).wallMs).toBe(T0 + 5 * MINUTE);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHlcState, receiveHlc, tickHlc, type Hlc, type HlcState } from '../../shared/clock/hlc';
import { stampNew, stampPatch, stampTombstone, type WriteContext } from '../../shared/model/stamp';
import type { Stored, SyncMeta } from '../../shared/model/sync';
import { canonicalJson } from '../../shared/merge/canonical';
import { mergeIncoming, newestStamp } from '../../shared/merge/dataset';
import { mergeRecord, recordConflicts, resolveConflict } from '../../shared/merge/record';

/*
 * The merge laws, checked over random edit histories: three or four laptops with
 * skewed and jumping wall clocks (one may run days ahead) edit, erase and settle
 * conflicts on two shared records, and exchange whole or scoped files at random.
 * fast-check prints the seed and the shrunk history of any failure; rerun it with
 * `fc.assert(..., { seed, path })`.
 */

interface Card {
  title: string;
  status: string;
  tags: string[];
}
type StoredCard = Stored<Card>;

const BLANK: Card = { title: '', status: 'erased', tags: [] };
const RECORD_IDS = ['record000001', 'record000002'] as const;
const VALUES: Record<keyof Card, readonly unknown[]> = {
  title: ['Wohnung', 'Arbeit', 'Sprachkurs', 'Schule'],
  status: ['new', 'in_progress', 'closed'],
  tags: [[], ['housing'], ['housing', 'work'], ['work']],
};
const FIELDS = Object.keys(VALUES) as (keyof Card)[];
const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);
const DAY = 24 * 60 * 60 * 1000;
const NUM_RUNS = 250;

interface Laptop {
  readonly id: string;
  readonly skewMs: number;
  clock: HlcState;
  data: Map<string, StoredCard>;
}

/** A write as history saw it, with what its author had seen (for the no-lost-edit oracle). */
interface WriteEvent {
  readonly recordId: string;
  readonly kind: 'content' | 'erase' | 'keep';
  readonly field?: string;
  readonly stamp: Hlc;
  readonly value?: unknown;
  readonly seen: Readonly<Record<string, Hlc>>;
}

type Command =
  | { kind: 'edit'; laptop: number; record: number; field: number; value: number; jitter: number; dt: number }
  | { kind: 'erase'; laptop: number; record: number; jitter: number; dt: number }
  | { kind: 'resolve'; laptop: number; record: number; pick: number; jitter: number; dt: number }
  | { kind: 'exchange'; from: number; to: number; scoped: boolean; record: number; dt: number };

const small = fc.nat({ max: 15 });
const jitter = fc.integer({ min: -10 * 60_000, max: 10 * 60_000 });
const dt = fc.integer({ min: 0, max: 5 * 60_000 });
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('edit' as const), laptop: small, record: small, field: small, value: small, jitter, dt }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), laptop: small, record: small, jitter, dt }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('resolve' as const), laptop: small, record: small, pick: fc.nat(), jitter, dt }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('exchange' as const), from: small, to: small, scoped: fc.boolean(), record: small, dt }) },
);
const history = fc.record({
  skews: fc.array(fc.oneof(fc.integer({ min: -DAY / 2, max: DAY / 2 }), fc.constantFrom(0, 3 * DAY, -2 * DAY)), { minLength: 3, maxLength: 4 }),
  commands: fc.array(command, { minLength: 10, maxLength: 45, size: 'max' }),
  picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { minLength: 6, maxLength: 6 }),
});

function allStamps(record: SyncMeta): Hlc[] {
  const stamps = [...Object.values(record.clock), ...Object.values(record.conflicts).flatMap((vs) => vs.map((v) => v.stamp))];
  return record.deleted === null ? stamps : [...stamps, record.deleted];
}

function hasSeen(seen: Readonly<Record<string, Hlc>>, stamp: Hlc): boolean {
  const newest = seen[stamp.slice(stamp.lastIndexOf('.') + 1)];
  return newest !== undefined && newest >= stamp;
}

// Stored data as bytes. Key order is not data: a record written locally keeps its
// writer's key order until a merge rewrites it, so laptops compare canonical bytes.
function dataOf(laptop: Laptop): string {
  return canonicalJson([...laptop.data.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function importFile(laptop: Laptop, file: readonly StoredCard[], wallMs: number): void {
  const { puts } = mergeIncoming(laptop.data, file);
  for (const record of puts) laptop.data.set(record.id, record);
  const newest = newestStamp(file, wallMs);
  if (newest !== undefined) laptop.clock = receiveHlc(laptop.clock, newest, wallMs);
}

/** Plays a history; returns the laptops, every file exchanged and every write made. */
function play(skews: readonly number[], commands: readonly Command[]) {
  const laptops: Laptop[] = skews.map((skewMs, i) => ({ id: `laptop${i}`, skewMs, clock: createHlcState(`laptop${i}`), data: new Map() }));
  const files: StoredCard[][] = [];
  const events: WriteEvent[] = [];
  const uncovered: Hlc[] = [];
  let now = T0;
  const write = (laptop: Laptop, jitterMs: number): WriteContext => {
    const wall = now + laptop.skewMs + jitterMs;
    const next = tickHlc(laptop.clock, wall);
    laptop.clock = next.state;
    return { stamp: next.stamp, deviceId: laptop.id, nowIso: new Date(wall).toISOString() };
  };
  const laptopAt = (i: number): Laptop => laptops[i % laptops.length] as Laptop;
  RECORD_IDS.forEach((id, i) => {
    const ctx = write(laptopAt(i), 0);
    const content: Card = { title: 'Wohnung', status: 'new', tags: [] };
    laptopAt(i).data.set(id, stampNew(id, content, ctx));
    for (const field of FIELDS) events.push({ recordId: id, kind: 'content', field, stamp: ctx.stamp, value: content[field], seen: {} });
  });
  // The first record starts on every laptop; the second only on its author's until a file carries it.
  const shared = laptopAt(0).data.get(RECORD_IDS[0]) as StoredCard;
  for (const laptop of laptops) laptop.data.set(shared.id, shared);

  for (const c of commands) {
    now += c.dt;
    if (c.kind === 'exchange') {
      const from = laptopAt(c.from);
      const to = laptopAt(c.to);
      const id = RECORD_IDS[c.record % RECORD_IDS.length] as string;
      const file = [...from.data.values()].filter((r) => !c.scoped || r.id === id);
      files.push(file);
      importFile(to, file, now + to.skewMs);
      continue;
    }
    const laptop = laptopAt(c.laptop);
    const id = RECORD_IDS[c.record % RECORD_IDS.length] as string;
    const record = laptop.data.get(id);
    if (record === undefined) continue;
    const seen = { ...record.vv };
    if (c.kind === 'edit') {
      if (record.deleted !== null) continue; // erased records are not edited (renderer/db/write.ts)
      const field = FIELDS[c.field % FIELDS.length] as keyof Card;
      const options = VALUES[field];
      const value = options[c.value % options.length];
      const ctx = write(laptop, c.jitter);
      const next = stampPatch(record, { [field]: value } as Partial<Card>, ctx);
      if (next === null) continue;
      laptop.data.set(id, next);
      events.push({ recordId: id, kind: 'content', field, stamp: ctx.stamp, value, seen });
    } else if (c.kind === 'erase') {
      if (record.deleted !== null) continue;
      const ctx = write(laptop, c.jitter);
      laptop.data.set(id, stampTombstone(record, BLANK, ctx));
      events.push({ recordId: id, kind: 'erase', stamp: ctx.stamp, seen });
    } else {
      const open = recordConflicts(record);
      if (open.length === 0) continue;
      const conflict = open[c.pick % open.length] as (typeof open)[number];
      const ctx = write(laptop, c.jitter);
      if (conflict.field === 'deleted') {
        const erase = c.pick % 2 === 0;
        laptop.data.set(id, erase ? resolveConflict(record, 'deleted', true, ctx, BLANK) : resolveConflict(record, 'deleted', false, ctx));
        events.push({ recordId: id, kind: erase ? 'erase' : 'keep', stamp: ctx.stamp, seen });
      } else {
        const version = conflict.versions[Math.floor(c.pick / 7) % conflict.versions.length] as (typeof conflict.versions)[number];
        laptop.data.set(id, resolveConflict(record, conflict.field, version.value, ctx));
        events.push({ recordId: id, kind: 'content', field: conflict.field, stamp: ctx.stamp, value: version.value, seen });
      }
    }
    // Every stamp a record holds is covered by its own version vector.
    const after = laptop.data.get(id) as StoredCard;
    uncovered.push(...allStamps(after).filter((stamp) => !hasSeen(after.vv, stamp)));
  }
  expect(uncovered).toEqual([]);
  return { laptops, files, events, now };
}

/** Everyone imports everyone's current file, twice round. */
function exchangeWithEveryone(laptops: Laptop[], now: number): void {
  for (let round = 0; round < 2; round++) {
    for (const to of laptops) for (const from of laptops) if (from !== to) importFile(to, [...from.data.values()], now + to.skewMs);
  }
}

describe('merge laws over random histories on three or four laptops', () => {
  it('merging is commutative, associative and idempotent, key order included', () => {
    fc.assert(
      fc.property(history, ({ skews, commands, picks }) => {
        const { laptops, files } = play(skews, commands);
        for (const id of RECORD_IDS) {
          const pool = [...files.flat(), ...laptops.flatMap((l) => [...l.data.values()])].filter((r) => r.id === id);
          if (pool.length === 0) continue;
          for (const [i, j, k] of picks) {
            const a = pool[i % pool.length] as StoredCard;
            const b = pool[j % pool.length] as StoredCard;
            const c = pool[k % pool.length] as StoredCard;
            const ab = mergeRecord(a, b);
            expect(JSON.stringify(ab)).toBe(JSON.stringify(mergeRecord(b, a)));
            expect(JSON.stringify(mergeRecord(ab, c))).toBe(JSON.stringify(mergeRecord(a, mergeRecord(b, c))));
            expect(JSON.stringify(mergeRecord(ab, ab))).toBe(JSON.stringify(ab));
            expect(JSON.stringify(mergeRecord(ab, b))).toBe(JSON.stringify(ab));
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('imports: A into B equals B into A, twice is once, and their order does not matter', () => {
    fc.assert(
      fc.property(history, ({ skews, commands, picks }) => {
        const { laptops, files, now } = play(skews, commands);
        const fileAt = (n: number): StoredCard[] => files[n % files.length] ?? [];
        for (const [x, y, f, g] of picks) {
          const a = laptops[x % laptops.length] as Laptop;
          const b = laptops[y % laptops.length] as Laptop;
          const copy = (l: Laptop): Laptop => ({ ...l, data: new Map(l.data) });
          const aWithB = copy(a);
          importFile(aWithB, [...b.data.values()], now);
          const bWithA = copy(b);
          importFile(bWithA, [...a.data.values()], now);
          expect(dataOf(aWithB)).toBe(dataOf(bWithA));

          const once = copy(a);
          importFile(once, fileAt(f), now);
          expect(mergeIncoming(once.data, fileAt(f)).puts).toEqual([]);

          const fg = copy(a);
          importFile(fg, fileAt(f), now);
          importFile(fg, fileAt(g), now);
          const gf = copy(a);
          importFile(gf, fileAt(g), now);
          importFile(gf, fileAt(f), now);
          expect(dataOf(fg)).toBe(dataOf(gf));
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('after everyone has exchanged with everyone, all hold identical data and no unseen write is lost', () => {
    fc.assert(
      fc.property(history, ({ skews, commands }) => {
        const { laptops, events, now } = play(skews, commands);
        exchangeWithEveryone(laptops, now);
        const first = laptops[0] as Laptop;
        for (const laptop of laptops) expect(dataOf(laptop)).toBe(dataOf(first));

        for (const id of RECORD_IDS) {
          const record = first.data.get(id) as StoredCard;
          const mine = events.filter((e) => e.recordId === id);
          const erasures = new Set(mine.filter((e) => e.kind === 'erase').map((e) => e.stamp));
          const overwritten = (e: WriteEvent, by: (later: WriteEvent) => boolean): boolean =>
            mine.some((later) => later !== e && by(later) && hasSeen(later.seen, e.stamp));
          for (const field of FIELDS) {
            const expected = mine
              .filter((e) => e.kind === 'content' && e.field === field)
              .filter((e) => !overwritten(e, (l) => l.kind === 'erase' || (l.kind === 'content' && l.field === field)))
              .map((e) => JSON.stringify([e.stamp, e.value]))
              .sort();
            const held = [{ value: record[field], stamp: record.clock[field] as Hlc }, ...(record.conflicts[field] ?? [])]
              .filter((v) => !erasures.has(v.stamp))
              .map((v) => JSON.stringify([v.stamp, v.value]))
              .sort();
            expect(held).toEqual(expected);
          }
          const standingErasures = mine
            .filter((e) => e.kind === 'erase' && !overwritten(e, (l) => l.kind === 'erase' || l.kind === 'keep'))
            .map((e) => e.stamp)
            .sort();
          const heldErasures = [...(record.deleted === null ? [] : [record.deleted]), ...(record.conflicts.deleted ?? []).map((v) => v.stamp)].sort();
          expect(heldErasures).toEqual(standingErasures);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

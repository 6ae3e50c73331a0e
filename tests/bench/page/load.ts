import { db, SYNC_TABLES } from '../../../renderer/db/database';
import { ensureMyKeys } from '../../../renderer/exchange/keys';
import { countRecords, fieldOf, syncTable, type AnyRecord, type Records } from '../../../renderer/exchange/tables';
import { ENTITY_NAMES } from '../../../shared/model/entities';
import { demoRecords } from '../demoData';

export interface LoadedDemo {
  readonly total: number;
  readonly counts: Record<string, number>;
  readonly meId: string;
  /** Codes of a spread of live cases, for the search and open-case measures. */
  readonly sampleCodes: string[];
  readonly generateMs: number;
  readonly loadMs: number;
}

let base: Records | null = null;

const byId = (a: AnyRecord, b: AnyRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The records the database was last filled with (the import measure resets to them). */
export function baseRecords(): Records {
  if (base === null) throw new Error('loadDemo has not run');
  return base;
}

/** Empties every table the app keeps, then bulk-loads the records; settings and keys are kept only if asked. */
export async function fillDatabase(records: Records, options: { readonly keepSettings: boolean }): Promise<void> {
  await db.transaction('rw', [...SYNC_TABLES.map((name) => db.table(name)), db.snapshots, db.settings], async () => {
    for (const name of SYNC_TABLES) await db.table(name).clear();
    await db.snapshots.clear();
    if (!options.keepSettings) await db.settings.clear();
    for (const name of ENTITY_NAMES) await syncTable(name).bulkPut(records[name]);
  });
}

/**
 * Generates the demo data here in the page and bulk-loads it into the app's real
 * IndexedDB through the app's Dexie schema, then answers the first-start questions
 * (as the first member) and creates that member's exchange keys.
 */
export async function loadDemo(cases: number, seed: number): Promise<LoadedDemo> {
  const started = performance.now();
  const generated = demoRecords(cases, seed);
  const generateMs = performance.now() - started;
  const me = generated.members.find((m) => fieldOf(m, 'active') === true && m.deleted === null) ?? generated.members[0];
  if (!me) throw new Error('the demo data has no members');
  // This device speaks for `me` and makes fresh keys for it, as a real first start would.
  const records: Records = { ...generated, members: generated.members.map((m) => (m.id === me.id ? { ...m, recipient: null, signingKey: null } : m)) };
  const loadStarted = performance.now();
  await fillDatabase(records, { keepSettings: false });
  await db.settings.bulkPut([
    { key: 'firstStartCompletedAt', value: new Date().toISOString() },
    { key: 'currentMemberId', value: me.id },
  ]);
  const keys = await ensureMyKeys();
  if (!keys.ok) throw new Error(`keys: ${keys.error.code} ${keys.error.message}`);
  const loadMs = performance.now() - loadStarted;
  // What the database now holds, without reading all of it back: only the members table changed (my keys);
  // every other table holds the records just put, in primary-key order as a read would return them.
  const members = await db.members.toArray();
  base = Object.fromEntries(ENTITY_NAMES.map((name) => [name, name === 'members' ? members : [...records[name]].sort(byId)])) as unknown as Records;
  const live = base.cases.filter((c) => c.deleted === null && fieldOf(c, 'trashedAt') === null);
  const step = Math.max(1, Math.floor(live.length / 20));
  const sampleCodes = live.filter((_c, i) => i % step === 0).map((c) => String(fieldOf(c, 'code')));
  const { counts, total } = countRecords(base);
  return { total, counts, meId: me.id, sampleCodes, generateMs, loadMs };
}

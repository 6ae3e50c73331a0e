import type { Rng } from './prng';

/**
 * Structure-aware mutations of an exchange envelope (as plain JSON). Each mutation
 * names itself, so a finding says what was done to the file. The caller re-signs
 * and re-encrypts the result, so a mutation reaches validation and the merge
 * instead of stopping at the signature.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };
interface Slot {
  readonly parent: Container;
  readonly key: string | number;
  readonly path: string;
}

const ENTITIES = ['cases', 'caseNotes', 'meetings', 'agendaItems', 'followUps', 'members', 'concerns', 'history'];
const REFERENCE_FIELDS = ['caseId', 'meetingId', 'agendaItemId', 'ownerId', 'concernId', 'entityId', 'caseIds', 'responsibleIds'];

/** Strings that break naive text handling: lone surrogates, direction marks, NUL, combining marks, BOM. */
export const NASTY_STRINGS: readonly string[] = [
  '\ud800',
  'a\udfffb',
  '\u202eRTL\u202c',
  '\u200f\u200e',
  'NUL\u0000inside',
  'e\u0301\u0301\u0301\u0301',
  '\ufeffBOM',
  '😀👩‍👩‍👧',
  '',
  ' ',
  '__proto__',
  'constructor',
  '\u2028\u2029',
  '𝕏'.repeat(100),
  '\\u0000',
  '"}]',
];

function isContainer(value: Json | undefined): value is Container {
  return typeof value === 'object' && value !== null;
}

function slots(root: Json, limit = 20_000): Slot[] {
  const out: Slot[] = [];
  const walk = (value: Container, path: string): void => {
    const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) {
      if (out.length >= limit) return;
      const childPath = `${path}/${key}`;
      out.push({ parent: value, key, path: childPath });
      if (isContainer(child)) walk(child, childPath);
    }
  };
  if (isContainer(root)) walk(root, '');
  return out;
}

function get(slot: Slot): Json {
  return (slot.parent as Record<string | number, Json>)[slot.key] as Json;
}

function set(slot: Slot, value: Json): void {
  (slot.parent as Record<string | number, Json>)[slot.key] = value;
}

function remove(slot: Slot): void {
  if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
  else delete slot.parent[slot.key as string];
}

function randomValue(rng: Rng): Json {
  return rng.pick<() => Json>([
    () => null,
    () => rng.chance(0.5),
    () => rng.pick([0, -1, 1.5, Number.MAX_SAFE_INTEGER, -1e308, 2 ** 53 + 1]),
    () => rng.pick(NASTY_STRINGS),
    () => [],
    () => ({}),
    () => ['x', 1, null],
    () => ({ id: 'x', value: 1 }),
  ])();
}

function stamp(rng: Rng, wallMs: number): string {
  return `${String(wallMs).padStart(15, '0')}.${String(rng.int(1000)).padStart(6, '0')}.${rng.pick(['fuzzdev1', 'annadevice1', 'zzzzzz'])}`;
}

function records(envelope: Json, rng: Rng): { entity: string; list: Json[] } | null {
  if (!isContainer(envelope) || Array.isArray(envelope) || !isContainer(envelope.records) || Array.isArray(envelope.records)) return null;
  const recordsObject = envelope.records;
  const candidates = ENTITIES.filter((name) => Array.isArray(recordsObject[name]) && (recordsObject[name] as Json[]).length > 0);
  if (candidates.length === 0) return null;
  const entity = rng.pick(candidates);
  return { entity, list: recordsObject[entity] as Json[] };
}

function deep(depth: number, asArray: boolean): Json {
  let value: Json = 'bottom';
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { d: value };
  return value;
}

type Mutator = (envelope: Json, rng: Rng) => string | null;

const MUTATORS: Record<string, Mutator> = {
  wrongType: (env, rng) => {
    const all = slots(env);
    if (all.length === 0) return null;
    const slot = rng.pick(all);
    set(slot, randomValue(rng));
    return slot.path;
  },
  missingField: (env, rng) => {
    const all = slots(env).filter((s) => !Array.isArray(s.parent));
    if (all.length === 0) return null;
    const slot = rng.pick(all);
    remove(slot);
    return slot.path;
  },
  extraField: (env, rng) => {
    const objects = slots(env).filter((s) => isContainer(get(s)) && !Array.isArray(get(s)));
    const target = objects.length > 0 ? (get(rng.pick(objects)) as Record<string, Json>) : null;
    if (!target) return null;
    const key = rng.pick(['extra', '__proto__', 'constructor', 'deleted2', '', 'x'.repeat(200)]);
    Object.defineProperty(target, key, { value: randomValue(rng), enumerable: true, configurable: true, writable: true });
    return key;
  },
  hugeString: (env, rng) => {
    const strings = slots(env).filter((s) => typeof get(s) === 'string');
    if (strings.length === 0) return null;
    const slot = rng.pick(strings);
    set(slot, rng.pick(['A', 'ä', '😀', '\u0301']).repeat(rng.pick([5_000, 70_000, 400_000])));
    return slot.path;
  },
  deepNesting: (env, rng) => {
    const all = slots(env);
    if (all.length === 0) return null;
    const slot = rng.pick(all);
    set(slot, deep(rng.pick([20, 200, 3_000]), rng.chance(0.5)));
    return slot.path;
  },
  duplicateId: (env, rng) => {
    const found = records(env, rng);
    if (!found) return null;
    const copy = structuredClone(rng.pick(found.list)) as Record<string, Json>;
    const strings = Object.keys(copy).filter((k) => typeof copy[k] === 'string' && k !== 'id');
    if (strings.length > 0 && rng.chance(0.5)) copy[rng.pick(strings)] = rng.pick(NASTY_STRINGS);
    found.list.splice(rng.int(found.list.length + 1), 0, copy);
    return found.entity;
  },
  danglingReference: (env, rng) => {
    const refs = slots(env).filter((s) => REFERENCE_FIELDS.includes(String(s.key)));
    if (refs.length === 0) return null;
    const slot = rng.pick(refs);
    const missing = `0197ffff-dead-7000-8000-${String(rng.int(1e6)).padStart(12, '0')}`;
    set(slot, Array.isArray(get(slot)) ? [missing] : missing);
    return slot.path;
  },
  unicode: (env, rng) => {
    const strings = slots(env).filter((s) => typeof get(s) === 'string');
    if (strings.length === 0) return null;
    const slot = rng.pick(strings);
    const nasty = rng.pick(NASTY_STRINGS);
    set(slot, rng.chance(0.5) ? nasty : `${String(get(slot))}${nasty}`);
    return slot.path;
  },
  unicodeKey: (env, rng) => {
    const maps = slots(env).filter((s) => ['clock', 'vv', 'conflicts'].includes(String(s.key)) && isContainer(get(s)));
    if (maps.length === 0) return null;
    const target = get(rng.pick(maps)) as Record<string, Json>;
    target[rng.pick(NASTY_STRINGS)] = stamp(rng, Date.UTC(2026, 2, 1));
    return 'map key';
  },
  farClock: (env, rng) => {
    const stamps = slots(env).filter((s) => typeof get(s) === 'string' && /^\d{15}\.\d{6}\./.test(get(s) as string));
    if (stamps.length === 0) return null;
    const slot = rng.pick(stamps);
    const device = (get(slot) as string).split('.')[2] as string;
    const wall = rng.pick([0, 1, Date.UTC(1970, 0, 2), Date.UTC(2026, 2, 3) + 3 * 86_400_000, Date.UTC(9999, 0, 1), 999_999_999_999_999]);
    set(slot, `${String(wall).padStart(15, '0')}.${String(rng.int(1e6)).padStart(6, '0')}.${device}`);
    return slot.path;
  },
  farDate: (env, rng) => {
    const dates = slots(env).filter((s) => typeof get(s) === 'string' && /^\d{4}-\d{2}-\d{2}/.test(get(s) as string));
    if (dates.length === 0) return null;
    const slot = rng.pick(dates);
    set(slot, rng.pick(['0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '+275760-09-13T00:00:00.000Z', '2026-02-30', '2026-13-01T00:00:00Z']));
    return slot.path;
  },
  badCounts: (env, rng) => {
    if (!isContainer(env) || Array.isArray(env) || !isContainer(env.counts) || Array.isArray(env.counts)) return null;
    const entity = rng.pick(ENTITIES);
    env.counts[entity] = rng.pick([-1, 1e9, 0.5, 2 ** 31, -0]);
    return entity;
  },
  conflictFlood: (env, rng) => {
    const found = records(env, rng);
    if (!found) return null;
    const record = rng.pick(found.list) as Record<string, Json>;
    const versions = Array.from({ length: rng.pick([1, 64, 65]) }, (_, i) => ({ value: rng.pick(NASTY_STRINGS), stamp: stamp(rng, Date.UTC(2026, 1, 1) + i) }));
    record.conflicts = { [rng.pick(['title', 'status', 'deleted', 'nonexistent'])]: versions };
    return found.entity;
  },
  tombstone: (env, rng) => {
    const found = records(env, rng);
    if (!found) return null;
    const record = rng.pick(found.list) as Record<string, Json>;
    record.deleted = stamp(rng, Date.UTC(2026, 2, 3));
    return found.entity;
  },
  header: (env, rng) => {
    if (!isContainer(env) || Array.isArray(env)) return null;
    const key = rng.pick(['format', 'schemaVersion', 'exportId', 'createdAt', 'device', 'member', 'scope']);
    env[key] = rng.pick<Json>([2, 0, -1, 'runder-tisch-exchange', null, { kind: 'cases', caseIds: [] }, { kind: 'meeting', meetingId: 'x' }, randomValue(rng)]);
    return key;
  },
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);

/** Mutates the envelope in place one to three times; returns what was done. Counts are usually fixed up afterwards, so the rest is tested too. */
export function mutateEnvelope(envelope: Json, rng: Rng): string[] {
  const done: string[] = [];
  const rounds = 1 + rng.int(3);
  for (let i = 0; i < rounds; i++) {
    const name = rng.pick(MUTATOR_NAMES);
    const where = (MUTATORS[name] as Mutator)(envelope, rng);
    if (where !== null) done.push(`${name}@${where.slice(0, 60)}`);
  }
  if (!done.some((d) => d.startsWith('badCounts')) && rng.chance(0.85)) fixCounts(envelope);
  return done;
}

function fixCounts(envelope: Json): void {
  if (!isContainer(envelope) || Array.isArray(envelope) || !isContainer(envelope.records) || Array.isArray(envelope.records)) return;
  if (!isContainer(envelope.counts) || Array.isArray(envelope.counts)) return;
  for (const name of ENTITIES) {
    const list = envelope.records[name];
    if (Array.isArray(list)) envelope.counts[name] = list.length;
  }
}

export type { Json };

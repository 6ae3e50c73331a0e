/**
 * Canonical JSON: one exact byte sequence per value, so that a signature made on
 * one laptop verifies on another and two records can be compared without caring
 * in which order their keys were written.
 *
 * The rules (they follow RFC 8785, "JSON Canonicalization Scheme", for every value
 * accepted here):
 * - object keys are sorted by UTF-16 code units (plain `Array.prototype.sort`);
 * - an object property whose value is `undefined` is left out, exactly as
 *   `JSON.stringify` leaves it out, so `{a: undefined}` and `{}` are the same;
 * - arrays keep their order; `undefined` (or a hole) inside an array, or as the
 *   whole value, is refused, because JSON has no way to say it;
 * - numbers are written as `JSON.stringify` writes them (`-0` becomes `0`);
 *   `NaN` and `±Infinity` are refused;
 * - strings are escaped as `JSON.stringify` escapes them (lone surrogates as `\udxxx`);
 * - only plain objects (prototype `Object.prototype` or `null`), arrays, strings,
 *   finite numbers, booleans and `null` are accepted. Dates, Maps, typed arrays,
 *   class instances, bigints, functions and symbols are refused rather than
 *   guessed at, and so is a cycle;
 * - no whitespace anywhere.
 */

export type CanonicalErrorCode = 'canonical/undefined' | 'canonical/non-finite' | 'canonical/unsupported' | 'canonical/cycle';

export class CanonicalError extends Error {
  readonly code: CanonicalErrorCode;
  constructor(code: CanonicalErrorCode, message: string) {
    super(message);
    this.name = 'CanonicalError';
    this.code = code;
  }
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function write(value: unknown, out: string[], ancestors: Set<object>, path: string): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalError('canonical/non-finite', `not a finite number at ${path}`);
      out.push(JSON.stringify(value));
      return;
    case 'undefined':
      throw new CanonicalError('canonical/undefined', `undefined at ${path}`);
    case 'object':
      break;
    default:
      throw new CanonicalError('canonical/unsupported', `${typeof value} at ${path}`);
  }
  if (ancestors.has(value)) throw new CanonicalError('canonical/cycle', `cycle at ${path}`);
  ancestors.add(value);
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      write(value[i], out, ancestors, `${path}[${i}]`);
    }
    out.push(']');
  } else if (isPlainObject(value)) {
    out.push('{');
    let first = true;
    for (const key of Object.keys(value).sort()) {
      const item = value[key];
      if (item === undefined) continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(key), ':');
      write(item, out, ancestors, `${path}.${key}`);
    }
    out.push('}');
  } else {
    throw new CanonicalError('canonical/unsupported', `${Object.prototype.toString.call(value)} at ${path}`);
  }
  ancestors.delete(value);
}

/** The rules above written out value by value: the reference, and the path for whatever the fast path passes on. */
function writeCanonical(value: unknown): string {
  const out: string[] = [];
  write(value, out, new Set(), '$');
  return out.join('');
}

/**
 * The fast path. JSON.stringify writes an object's keys in insertion order, except
 * that array-index keys ("0", "7") always come first; so for an object without such
 * keys, whose keys were inserted in sorted order and none of which holds undefined,
 * JSON.stringify writes exactly the canonical bytes, several times faster than
 * writeCanonical. `ordered` returns the value itself where it already is such a
 * value, else a copy with the keys inserted in sorted order (undefined left out),
 * and throws PASS_ON for anything it does not handle (array-index keys, `__proto__`,
 * non-finite numbers, undefined in a list, anything not plain, very deep nesting
 * or a cycle). Then the whole value takes writeCanonical, which either writes it
 * or throws the CanonicalError the rules call for. A property test
 * (tests/shared/merge.canonical.test.ts) holds both to the same bytes.
 */
const PASS_ON = Symbol('canonical: pass on to writeCanonical');
/** Deeper than this, the fast path passes on (which also ends a cycle). Records are about 4 deep. */
const MAX_FAST_DEPTH = 64;
/** Sorted key orders by the shape they were seen in (keys joined), so records alike are sorted once. */
const sortedShapes = new Map<string, readonly string[]>();
const MAX_SHAPES = 1024;

function isArrayIndexKey(key: string): boolean {
  const first = key.charCodeAt(0);
  // Only a key starting with a digit can be an index; the regex runs for those alone.
  return first >= 48 && first <= 57 && /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295;
}

function sortedKeys(keys: string[]): readonly string[] {
  let sorted = true;
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] as string) >= (keys[i] as string)) {
      sorted = false;
      break;
    }
  }
  if (sorted) return keys;
  const shape = keys.join('\u0000');
  let known = sortedShapes.get(shape);
  if (known === undefined) {
    known = [...keys].sort();
    if (sortedShapes.size >= MAX_SHAPES) sortedShapes.clear();
    sortedShapes.set(shape, known);
  }
  return known;
}

function ordered(value: unknown, depth: number): unknown {
  if (value === null) return value;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw PASS_ON;
      return value;
    case 'object':
      break;
    default:
      throw PASS_ON;
  }
  if (depth > MAX_FAST_DEPTH) throw PASS_ON;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Array.prototype) {
    const list = value as readonly unknown[];
    let copy: unknown[] | null = null;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (item === undefined) throw PASS_ON;
      const done = ordered(item, depth + 1);
      if (done !== item && copy === null) copy = list.slice(0, i);
      if (copy !== null) copy.push(done);
    }
    return copy ?? value;
  }
  if (proto !== Object.prototype && proto !== null) throw PASS_ON;
  const object = value as Readonly<Record<string, unknown>>;
  const keys = Object.keys(object);
  if (keys.length === 0) return value;
  // Index keys are listed first, so the first key tells whether there are any.
  if (isArrayIndexKey(keys[0] as string)) throw PASS_ON;
  const order = sortedKeys(keys);
  if (order.length !== keys.length) throw PASS_ON;
  const cached = order !== keys;
  let same = !cached;
  const values = new Array<unknown>(order.length);
  for (let i = 0; i < order.length; i++) {
    const key = order[i] as string;
    // A cached order is used only for an object that owns every one of its keys (same count): a permutation.
    if (key === '__proto__' || (cached && !Object.hasOwn(object, key))) throw PASS_ON;
    const item = object[key];
    const done = item === undefined ? undefined : ordered(item, depth + 1);
    if (done !== item || item === undefined) same = false;
    values[i] = done;
  }
  if (same) return value;
  const copy: Record<string, unknown> = {};
  for (let i = 0; i < order.length; i++) if (values[i] !== undefined) copy[order[i] as string] = values[i];
  return copy;
}

/** The canonical JSON text of a value (rules above); throws CanonicalError for what JSON cannot say exactly. */
export function canonicalJson(value: unknown): string {
  let prepared: unknown;
  try {
    prepared = ordered(value, 0);
  } catch (thrown) {
    if (thrown !== PASS_ON) throw thrown;
    return writeCanonical(value);
  }
  return JSON.stringify(prepared);
}

/**
 * Structural equality with canonicalJson's view of values: key order does not
 * matter and a property holding `undefined` counts as absent. Unlike canonicalJson
 * it never throws (NaN equals NaN, other non-JSON values compare by identity).
 */
export function canonicalEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!canonicalEqual(a[i], b[i])) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  let definedInA = 0;
  for (const key of Object.keys(a)) {
    const item = a[key];
    if (item === undefined) continue;
    definedInA++;
    if (!Object.hasOwn(b, key) || !canonicalEqual(item, b[key])) return false;
  }
  let definedInB = 0;
  for (const key of Object.keys(b)) if (b[key] !== undefined) definedInB++;
  return definedInA === definedInB;
}

/**
 * A total order on values that never throws and, for JSON values, is 0 exactly
 * when canonicalEqual holds. The merge uses it only to break the tie when one
 * stamp arrives with two different values, which honest devices never send.
 */
export function compareCanonical(a: unknown, b: unknown): number {
  if (canonicalEqual(a, b)) return 0;
  const ka = orderKey(a);
  const kb = orderKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function orderKey(value: unknown): string {
  try {
    return `j${canonicalJson(value)}`;
  } catch {
    // Outside JSON: undefined, NaN and friends. Rare enough for a coarse but stable key.
    return `x${typeof value}:${String(value)}`;
  }
}

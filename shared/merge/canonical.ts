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

/** The canonical JSON text of a value (rules above); throws CanonicalError for what JSON cannot say exactly. */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, out, new Set(), '$');
  return out.join('');
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

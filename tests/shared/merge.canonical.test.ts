import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CanonicalError, canonicalEqual, canonicalJson, compareCanonical } from '../../shared/merge/canonical';

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return error instanceof CanonicalError ? error.code : 'not a CanonicalError';
  }
  return 'nothing thrown';
}

// Rebuilds a JSON value with every object's keys in reverse order.
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
  }
  return value;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth, keeps array order and writes no whitespace', () => {
    const value = { zeta: 1, alpha: { b: [3, 1, 2], a: 'x' }, Beta: null, '': true };
    expect(canonicalJson(value)).toBe('{"":true,"Beta":null,"alpha":{"a":"x","b":[3,1,2]},"zeta":1}');
  });

  it('writes the same bytes whatever order the keys were written in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(reversedKeys(value))).toBe(canonicalJson(value));
        expect(canonicalJson(JSON.parse(canonicalJson(value)))).toBe(canonicalJson(value));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out properties holding undefined, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalEqual({ a: undefined, b: 1 }, { b: 1 })).toBe(true);
  });

  it('writes numbers and strings as JSON.stringify does', () => {
    expect(canonicalJson([-0, 1e21, 0.1, 5e-7])).toBe('[0,1e+21,0.1,5e-7]');
    expect(canonicalJson('Grüße "zu\\" \n \u2028 \ud800')).toBe(JSON.stringify('Grüße "zu\\" \n \u2028 \ud800'));
  });

  it('refuses what JSON cannot say exactly, with a code', () => {
    expect(codeOf(() => canonicalJson(undefined))).toBe('canonical/undefined');
    expect(codeOf(() => canonicalJson([1, undefined]))).toBe('canonical/undefined');
    expect(codeOf(() => canonicalJson({ a: NaN }))).toBe('canonical/non-finite');
    expect(codeOf(() => canonicalJson([Infinity]))).toBe('canonical/non-finite');
    expect(codeOf(() => canonicalJson(new Date(0)))).toBe('canonical/unsupported');
    expect(codeOf(() => canonicalJson({ m: new Map() }))).toBe('canonical/unsupported');
    expect(codeOf(() => canonicalJson(10n))).toBe('canonical/unsupported');
    expect(codeOf(() => canonicalJson(new Uint8Array(2)))).toBe('canonical/unsupported');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(codeOf(() => canonicalJson(loop))).toBe('canonical/cycle');
  });

  it('accepts a shared (non-cyclic) sub-object twice', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it('equality and order agree with the canonical bytes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const same = canonicalJson(a) === canonicalJson(b);
        expect(canonicalEqual(a, b)).toBe(same);
        expect(canonicalEqual(a, reversedKeys(a))).toBe(true);
        expect(compareCanonical(a, b) === 0).toBe(same);
        expect(Math.sign(compareCanonical(a, b)) + Math.sign(compareCanonical(b, a))).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

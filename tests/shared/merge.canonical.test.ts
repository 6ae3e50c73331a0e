import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../shared/demo';
import { buildEnvelope, type EnvelopeInput } from '../../shared/exchange';
import { CanonicalError, canonicalEqual, canonicalJson, compareCanonical } from '../../shared/merge/canonical';
import { referenceCanonicalJson } from './canonicalReference';

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

// Values as signed data can hold them, and the awkward cases around the fast path:
// keys that JSON.stringify would reorder ("10" before "9"), `__proto__`, keys holding
// undefined, many records of one shape, null-prototype objects, and what must be refused.
const awkwardKey = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('0', '1', '9', '10', '01', '4294967295', '4294967294', '__proto__', 'a\u0000b', 'toJSON', 'length'));
const awkwardLeaf = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.constantFrom(undefined, Number.NaN, Infinity, -0, 10n, new Date(0), new Map(), new Uint8Array(1)),
);
const awkwardValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    awkwardLeaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(awkwardKey, tie('value'), { maxKeys: 5 }),
    fc.dictionary(awkwardKey, tie('value'), { maxKeys: 5, noNullPrototype: false }),
    fc.array(fc.string({ maxLength: 3 }), { maxLength: 5 }).map((keys) => {
      // Several objects with the same keys in different orders, as records of one entity are.
      const forward = Object.fromEntries(keys.map((k, i) => [k, i]));
      const backward = Object.fromEntries([...keys].reverse().map((k, i) => [k, i]));
      return [forward, backward, { ...forward }];
    }),
  ),
})).value;

/** The reference's text, or the code it refuses with. */
function outcome(write: (value: unknown) => string, value: unknown): string {
  try {
    return `text:${write(value)}`;
  } catch (error) {
    return `error:${error instanceof CanonicalError ? error.code : String(error)}`;
  }
}

describe('canonical JSON, fast path against the writer every signature so far was made with', () => {
  it('writes the same bytes, or refuses with the same code, for any value', () => {
    fc.assert(
      fc.property(awkwardValue, (value) => {
        expect(outcome(canonicalJson, value)).toBe(outcome(referenceCanonicalJson, value));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the same bytes for JSON values and their key-reversed twins', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
        expect(canonicalJson(reversedKeys(value))).toBe(referenceCanonicalJson(value));
      }),
      { numRuns: 500 },
    );
  });

  it('writes a whole demo export exactly as before', () => {
    const generated = generateDemoData({ cases: 30, seed: 11 });
    if (!generated.ok) throw new Error(generated.error.message);
    const envelope = buildEnvelope({
      deviceId: '0123456789',
      member: null,
      scope: { kind: 'all' },
      records: generated.data.records as unknown as EnvelopeInput['records'],
      createdAt: new Date(Date.UTC(2026, 10, 15)),
      exportId: '01900000-0000-7000-8000-000000000000',
    });
    // Device ids of digits only become array-index keys in the version vectors.
    const withDigitDevice = { ...envelope, extra: { vv: { '10': 'b', '9': 'a', x: 'c' } } };
    expect(canonicalJson(envelope)).toBe(referenceCanonicalJson(envelope));
    expect(canonicalJson(structuredClone(envelope))).toBe(referenceCanonicalJson(envelope));
    expect(canonicalJson(withDigitDevice)).toBe(referenceCanonicalJson(withDigitDevice));
  });

  it('refuses deep cycles and shared lists like the reference', () => {
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let i = 0; i < 100; i++) at = (at.next = {}) as Record<string, unknown>;
    expect(canonicalJson(deep)).toBe(referenceCanonicalJson(deep));
    at.next = deep;
    expect(codeOf(() => canonicalJson(deep))).toBe('canonical/cycle');
    const list = [1, { b: 2, a: 1 }];
    expect(canonicalJson({ x: list, y: list })).toBe('{"x":[1,{"a":1,"b":2}],"y":[1,{"a":1,"b":2}]}');
  });
});

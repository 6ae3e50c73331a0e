/**
 * The demo data's only source of chance: xoshiro128** (Blackman and Vigna), seeded
 * through splitmix32. Small, fast, and the same numbers on every engine, so a seed
 * gives byte-identical data everywhere. Not for anything secret.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** One value, chosen in proportion to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** Up to n distinct elements of a list, in random order. */
  sample<T>(list: readonly T[], n: number): T[];
}

function splitmix32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** FNV-1a of a label, so each part of the data draws from its own stream. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A generator for a seed and a stream label. Streams make parts independent: the
 * members and the signing key of seed 1 are the same whatever the number of cases.
 */
export function createRandom(seed: number, stream = ''): Random {
  const init = splitmix32((seed >>> 0) ^ hashLabel(stream));
  let s0 = init();
  let s1 = init();
  let s2 = init();
  let s3 = init();
  // An all-zero state would stay zero; splitmix32 practically never yields it, but make sure.
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const uint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  const next = (): number => uint32() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return {
    next,
    uint32,
    int,
    chance: (p) => next() < p,
    pick,
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, weight] of entries) total += weight;
      let r = next() * total;
      for (const [value, weight] of entries) {
        r -= weight;
        if (r < 0) return value;
      }
      return (entries[entries.length - 1] as readonly [T, number])[0];
    },
    sample<T>(list: readonly T[], n: number): T[] {
      const copy = [...list];
      const count = Math.min(n, copy.length);
      for (let i = 0; i < count; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, count);
    },
  };
}

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const HEX_12BIT = Array.from({ length: 4096 }, (_, i) => i.toString(16).padStart(3, '0'));
const VARIANT = ['8', '9', 'a', 'b'];

/** A UUIDv7 for a creation time, its random bits from the generator: ids sort by creation time, as the app's do. */
export function demoUuid(random: Random, ms: number): string {
  const t = Math.max(0, Math.floor(ms));
  const high = Math.floor(t / 4294967296) & 0xffff;
  const low = t >>> 0;
  const r1 = random.uint32();
  const r2 = random.uint32();
  const r3 = random.uint32();
  // Joined rather than concatenated, so the id is one flat string (see stamps.ts).
  return [
    HEX_BYTE[high >>> 8], HEX_BYTE[high & 0xff], HEX_BYTE[low >>> 24], HEX_BYTE[(low >>> 16) & 0xff], '-',
    HEX_BYTE[(low >>> 8) & 0xff], HEX_BYTE[low & 0xff], '-7', HEX_12BIT[r1 & 0xfff], '-',
    VARIANT[(r1 >>> 24) & 3], HEX_12BIT[(r1 >>> 12) & 0xfff], '-',
    HEX_BYTE[r2 >>> 24], HEX_BYTE[(r2 >>> 16) & 0xff], HEX_BYTE[(r2 >>> 8) & 0xff], HEX_BYTE[r2 & 0xff], HEX_BYTE[r3 >>> 24], HEX_BYTE[(r3 >>> 16) & 0xff],
  ].join('');
}

/** n random bytes, for a key that must be the same for the same seed. */
export function randomBytes(random: Random, n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = random.uint32() & 0xff;
  return bytes;
}

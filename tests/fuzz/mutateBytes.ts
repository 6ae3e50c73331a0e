import type { Rng } from './prng';

/**
 * Mutations of the raw bytes of a sealed (encrypted) exchange file. These never get
 * past age's MACs or the signature; what is tested is that they fail cleanly.
 */

type ByteMutator = (file: Uint8Array, other: Uint8Array, rng: Rng) => Uint8Array;

function headerEnd(file: Uint8Array): number {
  // The age header ends with the line "--- <mac>\n"; the payload follows.
  const text = new TextDecoder('latin1').decode(file.subarray(0, Math.min(file.length, 4096)));
  const mac = text.indexOf('\n---');
  return mac < 0 ? Math.min(file.length, 200) : text.indexOf('\n', mac + 1) + 1;
}

const BYTE_MUTATORS: Record<string, ByteMutator> = {
  bitFlip: (file, _other, rng) => {
    const out = file.slice();
    const flips = 1 + rng.int(8);
    for (let i = 0; i < flips; i++) {
      const at = rng.int(out.length);
      out[at] = (out[at] as number) ^ (1 << rng.int(8));
    }
    return out;
  },
  truncate: (file, _other, rng) => file.slice(0, rng.int(file.length)),
  truncateTail: (file, _other, rng) => file.slice(0, file.length - 1 - rng.int(Math.min(64, file.length - 1))),
  splice: (file, other, rng) => {
    const a = rng.int(file.length);
    const b = rng.int(other.length);
    const out = new Uint8Array(a + other.length - b);
    out.set(file.subarray(0, a));
    out.set(other.subarray(b), a);
    return out;
  },
  spliceAtHeader: (file, other) => {
    const a = headerEnd(file);
    const b = headerEnd(other);
    const out = new Uint8Array(a + other.length - b);
    out.set(file.subarray(0, a));
    out.set(other.subarray(b), a);
    return out;
  },
  headerCorruption: (file, _other, rng) => {
    const out = file.slice();
    const end = headerEnd(file);
    const at = rng.int(Math.max(1, end));
    out[at] = rng.pick([0x00, 0x0a, 0x20, 0x2d, 0x41, 0xff, (out[at] as number) ^ 0x20]);
    return out;
  },
  payloadCorruption: (file, _other, rng) => {
    const out = file.slice();
    const end = headerEnd(file);
    if (end >= out.length) return out;
    const at = end + rng.int(out.length - end);
    out[at] = (out[at] as number) ^ 0xff;
    return out;
  },
  appendGarbage: (file, _other, rng) => {
    const extra = Uint8Array.from({ length: 1 + rng.int(100) }, () => rng.int(256));
    const out = new Uint8Array(file.length + extra.length);
    out.set(file);
    out.set(extra, file.length);
    return out;
  },
  duplicateChunk: (file, _other, rng) => {
    const end = headerEnd(file);
    const piece = file.subarray(end, end + 1 + rng.int(Math.max(1, file.length - end)));
    const out = new Uint8Array(file.length + piece.length);
    out.set(file.subarray(0, end));
    out.set(piece, end);
    out.set(file.subarray(end), end + piece.length);
    return out;
  },
  empty: () => new Uint8Array(0),
  randomBytes: (_file, _other, rng) => Uint8Array.from({ length: rng.int(2000) }, () => rng.int(256)),
  plainJson: () => new TextEncoder().encode('{"format":"runder-tisch-exchange","schemaVersion":1}'),
  ageLookalike: (_file, _other, rng) => new TextEncoder().encode(`age-encryption.org/v1\n-> X25519 ${'A'.repeat(rng.int(60))}\n--- \n`),
};

export const BYTE_MUTATOR_NAMES = Object.keys(BYTE_MUTATORS);

/** One or two byte-level mutations of a sealed file; `other` is a second valid file to splice with. */
export function mutateBytes(file: Uint8Array, other: Uint8Array, rng: Rng): { bytes: Uint8Array; done: string[] } {
  let bytes = file;
  const done: string[] = [];
  const rounds = 1 + (rng.chance(0.2) ? 1 : 0);
  for (let i = 0; i < rounds; i++) {
    const name = rng.pick(BYTE_MUTATOR_NAMES);
    bytes = (BYTE_MUTATORS[name] as ByteMutator)(bytes, other, rng);
    done.push(name);
  }
  return { bytes, done };
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads what Chromium left of IndexedDB on disk, the way a thief with the laptop
 * would: every file under the profile's IndexedDB folder (LevelDB .log and .ldb,
 * blob files), with the data blocks of .ldb tables Snappy-decompressed, and looks
 * for texts as UTF-8, Latin-1 and UTF-16LE (V8 stores strings one- or two-byte).
 */

function filesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path));
    else found.push(path);
  }
  return found;
}

function varint(bytes: Uint8Array, start: number): [number, number] {
  let value = 0;
  let shift = 0;
  let at = start;
  for (;;) {
    const byte = bytes[at++] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
    shift += 7;
  }
}

/** Raw Snappy (the format LevelDB uses per block). */
export function snappyDecompress(input: Uint8Array): Uint8Array {
  const [length, start] = varint(input, 0);
  const out = new Uint8Array(length);
  let at = start;
  let pos = 0;
  while (at < input.length && pos < length) {
    const tag = input[at++] ?? 0;
    const kind = tag & 3;
    if (kind === 0) {
      let len = tag >> 2;
      if (len >= 60) {
        const extra = len - 59;
        len = 0;
        for (let i = 0; i < extra; i += 1) len |= (input[at + i] ?? 0) << (8 * i);
        at += extra;
      }
      len += 1;
      out.set(input.subarray(at, at + len), pos);
      at += len;
      pos += len;
      continue;
    }
    let len: number;
    let offset: number;
    if (kind === 1) {
      len = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | (input[at++] ?? 0);
    } else if (kind === 2) {
      len = (tag >> 2) + 1;
      offset = (input[at] ?? 0) | ((input[at + 1] ?? 0) << 8);
      at += 2;
    } else {
      len = (tag >> 2) + 1;
      offset = ((input[at] ?? 0) | ((input[at + 1] ?? 0) << 8) | ((input[at + 2] ?? 0) << 16) | ((input[at + 3] ?? 0) << 24)) >>> 0;
      at += 4;
    }
    for (let i = 0; i < len; i += 1, pos += 1) out[pos] = out[pos - offset] ?? 0;
  }
  return out;
}

/** One block of a LevelDB table, decompressed when its trailer says Snappy. */
function readBlock(table: Uint8Array, offset: number, size: number): Uint8Array {
  const raw = table.subarray(offset, offset + size);
  return table[offset + size] === 1 ? snappyDecompress(raw) : raw;
}

/** Every data block of a LevelDB .ldb table, uncompressed (from the footer's index block). */
export function ldbBlocks(table: Uint8Array): Uint8Array[] {
  const FOOTER = 48;
  if (table.length < FOOTER) return [];
  let at = table.length - FOOTER;
  [, at] = varint(table, at);
  [, at] = varint(table, at);
  const [indexOffset, next] = varint(table, at);
  const [indexSize] = varint(table, next);
  const index = readBlock(table, indexOffset, indexSize);
  const view = new DataView(index.buffer, index.byteOffset, index.byteLength);
  const restarts = view.getUint32(index.length - 4, true);
  const end = index.length - 4 - 4 * restarts;
  const blocks: Uint8Array[] = [];
  let pos = 0;
  while (pos < end) {
    let nonShared: number;
    let valueLength: number;
    [, pos] = varint(index, pos);
    [nonShared, pos] = varint(index, pos);
    [valueLength, pos] = varint(index, pos);
    pos += nonShared;
    const [offset, afterOffset] = varint(index, pos);
    const [size] = varint(index, afterOffset);
    blocks.push(readBlock(table, offset, size));
    pos += valueLength;
  }
  return blocks;
}

function encodings(text: string): Buffer[] {
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')];
}

export interface ScanResult {
  /** How many files (and decompressed .ldb blocks) were read. */
  readonly filesRead: number;
  readonly ldbFiles: number;
  /** Each text that was found, with the first file it was found in. */
  readonly found: Readonly<Record<string, string>>;
}

/** Scans the IndexedDB folder of a Chromium profile for the texts. */
export function scanIndexedDb(profile: string, texts: readonly string[]): ScanResult {
  const folder = join(profile, 'Default', 'IndexedDB');
  const found: Record<string, string> = {};
  let filesRead = 0;
  let ldbFiles = 0;
  for (const file of filesUnder(folder)) {
    const bytes = readFileSync(file);
    const parts: Uint8Array[] = [bytes];
    if (file.endsWith('.ldb')) {
      ldbFiles += 1;
      parts.push(...ldbBlocks(bytes));
    }
    filesRead += 1;
    for (const part of parts) {
      const haystack = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
      for (const text of texts) {
        if (!(text in found) && encodings(text).some((needle) => haystack.includes(needle))) found[text] = file;
      }
    }
  }
  return { filesRead, ldbFiles, found };
}

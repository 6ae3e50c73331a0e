import { expect, test } from 'vitest';
import { snappyDecompress } from '../e2e/support/diskScan';

// The e2e disk scan decompresses LevelDB's Snappy blocks; if the decoder were wrong, the
// scan could miss a text stored in a compacted .ldb table and pass for the wrong reason.
test('the scan’s Snappy decoder expands literals and back-references', () => {
  // "abcd" as a literal, then a copy of 8 bytes from 4 back (1-byte offset form), then a 2-byte-offset copy.
  const compressed = new Uint8Array([16, 0x0c, 0x61, 0x62, 0x63, 0x64, 0x11, 0x04, 0x0e, 0x0c, 0x00]);
  expect(new TextDecoder().decode(snappyDecompress(compressed))).toBe('abcdabcdabcdabcd');
});

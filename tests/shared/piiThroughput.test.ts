import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../shared/pii/index';

// Reports how many MB (UTF-8) of notes per second the guard scans on this machine, after a
// warm-up. No timed assertion: shared CI machines are too noisy for one; the benchmark suite
// measures it under control.
const texts = readFileSync(new URL('../fixtures/pii/corpus.jsonl', import.meta.url), 'utf8')
  .trimEnd()
  .split('\n')
  .map((line) => (JSON.parse(line) as { text: string }).text);
const TARGET_BYTES = 2_000_000;

describe('personal-data guard throughput', () => {
  it('scans notes one by one and reports MB/s (and finds the same in every copy of a note)', () => {
    const expected = texts.map((text) => JSON.stringify(detectPii(text)));
    const notes: number[] = [];
    let bytes = 0;
    while (bytes < TARGET_BYTES) {
      const index = notes.length % texts.length;
      notes.push(index);
      bytes += new TextEncoder().encode(texts[index]).length;
    }
    // Warm up first: the JIT and the regular-expression engine compile on first use.
    for (let round = 0; round < 20; round++) texts.forEach((text) => detectPii(text));
    const started = performance.now();
    const results = notes.map((index) => detectPii(texts[index] ?? ''));
    const seconds = (performance.now() - started) / 1000;
    console.log(`PII guard throughput: ${(bytes / 1e6 / seconds).toFixed(1)} MB/s (${(bytes / 1e6).toFixed(1)} MB in ${notes.length} notes, ${seconds.toFixed(2)} s)`);
    results.forEach((spans, i) => expect(JSON.stringify(spans)).toBe(expected[notes[i] ?? 0]));
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PII_TYPES, detectPii, type PiiSpan } from '../../shared/pii/index';
import { buildCorpus } from '../fixtures/pii/build-corpus.mjs';

// The hand-written corpus (tests/fixtures/pii/README.md): a dev split the detector was tuned on
// and a test split that was written first and held back. The targets of the issue are asserted
// on the test split; the figures of both are printed.
const FOLDER = new URL('../fixtures/pii/', import.meta.url);
const TARGETS = { recall: 0.9, precision: 0.85, falseWarningRate: 0.1 };

const CorpusEntry = z.object({
  id: z.string(),
  split: z.enum(['dev', 'test']),
  text: z.string(),
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), type: z.enum(PII_TYPES) })),
});
type CorpusEntry = z.infer<typeof CorpusEntry>;

const jsonl = readFileSync(new URL('corpus.jsonl', FOLDER), 'utf8');
const corpus: CorpusEntry[] = jsonl.trimEnd().split('\n').map((line) => CorpusEntry.parse(JSON.parse(line)));

interface Figures {
  snippets: number;
  recall: number;
  precision: number;
  falseWarningRate: number;
}

function overlaps(a: Pick<PiiSpan, 'start' | 'end'>, b: Pick<PiiSpan, 'start' | 'end'>): boolean {
  return a.start < b.end && b.start < a.end;
}

// A gold span counts as found if any finding overlaps it; a finding is correct if it overlaps
// a gold span; a false warning is a snippet without personal data that gets any finding.
function evaluate(entries: readonly CorpusEntry[]): Figures {
  let gold = 0;
  let found = 0;
  let findings = 0;
  let correct = 0;
  let clean = 0;
  let warned = 0;
  for (const entry of entries) {
    const detected = detectPii(entry.text);
    gold += entry.spans.length;
    found += entry.spans.filter((g) => detected.some((d) => overlaps(d, g))).length;
    findings += detected.length;
    correct += detected.filter((d) => entry.spans.some((g) => overlaps(d, g))).length;
    if (entry.spans.length === 0) {
      clean++;
      if (detected.length > 0) warned++;
    }
  }
  return { snippets: entries.length, recall: found / gold, precision: correct / findings, falseWarningRate: warned / clean };
}

function split(name: 'dev' | 'test'): CorpusEntry[] {
  return corpus.filter((entry) => entry.split === name);
}

describe('personal-data corpus', () => {
  it('is current: corpus.jsonl is what build-corpus.mjs makes of the sources', () => {
    expect(jsonl).toBe(buildCorpus(FOLDER));
  });

  it('has at least 150 snippets, 40 % of them without personal data, and exact spans', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((e) => e.spans.length === 0).length / corpus.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    for (const entry of corpus) {
      for (const span of entry.spans) {
        const text = entry.text.slice(span.start, span.end);
        expect({ id: entry.id, text }).toEqual({ id: entry.id, text: text.trim() });
        expect(text.length).toBeGreaterThan(0);
      }
    }
    // The held-out split was written first; it must stay large enough for its figures to mean something.
    expect(split('test').length).toBeGreaterThanOrEqual(60);
    expect(split('test').filter((e) => e.spans.length === 0).length).toBeGreaterThanOrEqual(25);
  });

  it('meets the targets on the held-out test split (figures of both splits printed)', () => {
    const figures = { dev: evaluate(split('dev')), test: evaluate(split('test')) };
    for (const [name, f] of Object.entries(figures)) {
      console.log(
        `PII corpus ${name}: ${f.snippets} snippets, recall ${f.recall.toFixed(3)}, precision ${f.precision.toFixed(3)}, ` +
          `false-warning rate ${f.falseWarningRate.toFixed(3)}`,
      );
    }
    expect(figures.test.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(figures.test.precision).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(figures.test.falseWarningRate).toBeLessThanOrEqual(TARGETS.falseWarningRate);
  });
});

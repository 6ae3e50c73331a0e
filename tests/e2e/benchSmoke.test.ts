import { describe, expect, it } from 'vitest';
import { runBench } from '../bench/run';
import type { BenchResult } from '../bench/types';

// `npm test` proves that `npm run bench` works, not that the budgets hold: the whole
// suite once, at a tiny size and one run per figure, against the build globalSetup made.
describe('npm run bench (smoke)', () => {
  it('takes every measure at a tiny size and reports each with its unit', { timeout: 600_000 }, async () => {
    const lines: string[] = [];
    const results = await runBench({ sizes: [12], runs: 1, seed: 3, log: (line) => lines.push(line) });
    const byName = new Map<string, BenchResult>(results.map((r) => [r.name, r]));

    const bundle = byName.get('renderer bundle (gzip)');
    expect(bundle?.unit).toBe('KiB');
    expect(bundle?.value).toBeGreaterThan(10);

    const measured = [
      'cold start to interactive case list',
      'JS heap after loading',
      'search keystroke p50',
      'search keystroke p95',
      'filter change p50',
      'filter change p95',
      'open case detail',
      'agenda proposal (Tagesordnung vorbereiten)',
      'export all to X25519 recipients',
      'import with merge (diverged full set)',
      'policy report incl. suppression',
      'personal-data scan throughput',
      'cold start to lock screen (app passphrase on)',
      'unlock: Argon2id and key unwrap (app passphrase on)',
      'unlock to interactive case list (app passphrase on)',
      'cold start to interactive case list (app passphrase on)',
      'JS heap after loading (app passphrase on)',
      'search keystroke p95 (app passphrase on)',
      'filter change p95 (app passphrase on)',
    ];
    const missing = measured.filter((name) => !Number.isFinite(byName.get(name)?.value ?? Number.NaN)).map((name) => `${name}: ${byName.get(name)?.note ?? 'absent'}`);
    expect(missing, lines.join('\n')).toEqual([]);
    for (const name of measured) expect(byName.get(name)?.size).toBe(12);
    // Export and import carry their floor from the same run.
    for (const name of ['export all to X25519 recipients', 'import with merge (diverged full set)']) {
      const r = byName.get(name);
      expect(r?.floor).toBeGreaterThan(0);
      expect(r?.ratio).toBeCloseTo((r?.value ?? 0) / (r?.floor ?? 1), 6);
    }
    // Budgets apply at 10,000 cases only; at this size no figure claims a verdict.
    expect(results.filter((r) => r.pass !== null)).toEqual([]);
  });
});

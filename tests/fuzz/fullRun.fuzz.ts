import { afterAll, beforeAll, expect, test } from 'vitest';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import { setClock } from '../../renderer/platform/clock';
import { runFuzz } from './harness';
import { createFuzzWorld, type FuzzWorld } from './world';

// The long fuzz run, started by build/scripts/fuzz.mjs (`npm run fuzz -- --cases N --seed S`).
const CASES = Number(process.env.FUZZ_CASES ?? '10000');
const SEED = Number(process.env.FUZZ_SEED ?? '1');

let world: FuzzWorld;
beforeAll(async () => {
  world = await createFuzzWorld();
});
afterAll(() => {
  setClock();
  setSecretProtector();
});

test('the import survives every mutated file', async () => {
  const report = await runFuzz(world, CASES, SEED, (done) => console.log(`fuzz: ${done}/${CASES} cases`));
  console.log(
    JSON.stringify({ cases: report.cases, seed: report.seed, seconds: Math.round(report.ms / 1000), byKind: report.byKind, byOutcome: report.byOutcome, findings: report.findings.length }, null, 2),
  );
  for (const finding of report.findings) console.log(`FINDING seed ${finding.seed} ${finding.kind} [${finding.mutations.join(', ')}]: ${finding.problems.join('; ')}`);
  expect(report.findings).toEqual([]);
}, 24 * 3_600_000);

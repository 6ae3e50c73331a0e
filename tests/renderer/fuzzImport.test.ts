import { afterAll, beforeAll, expect, test } from 'vitest';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import { setClock } from '../../renderer/platform/clock';
import { runFuzz } from '../fuzz/harness';
import { createFuzzWorld, type FuzzWorld } from '../fuzz/world';

// The short fuzz run inside `npm test`; `npm run fuzz -- --cases N --seed S` runs the long one.
const CASES = 500;
const SEED = 20260303;

let world: FuzzWorld;
beforeAll(async () => {
  world = await createFuzzWorld();
});
afterAll(() => {
  setClock();
  setSecretProtector();
});

test(`${CASES} mutated exchange files: no exception, no hang, rejections change nothing, acceptances stay schema-valid`, async () => {
  const report = await runFuzz(world, CASES, SEED);
  expect(report.findings.map((f) => `seed ${f.seed} ${f.kind} [${f.mutations.join(', ')}]: ${f.problems.join('; ')}`)).toEqual([]);
  // The fuzzer must reach the merge, not only the signature check.
  expect(report.byOutcome.accepted ?? 0).toBeGreaterThan(CASES / 20);
  expect(report.byOutcome['exchange/invalid-content'] ?? 0).toBeGreaterThan(CASES / 20);
}, 120_000);

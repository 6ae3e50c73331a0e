// The long import fuzz run: `npm run fuzz -- --cases N [--seed S]`.
// Runs tests/fuzz/fullRun.fuzz.ts under Vitest (fake-indexeddb, the unit setup);
// a case that fails is replayed with the seed it prints (see tests/fuzz/harness.ts).
import { parseArgs } from 'node:util';
import { startVitest } from 'vitest/node';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } } });
const cases = Number(values.cases);
const seed = Number(values.seed);
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- --cases N [--seed S]');
  process.exit(2);
}
process.env.FUZZ_CASES = String(cases);
process.env.FUZZ_SEED = String(seed);
console.log(`fuzz: ${cases} cases from seed ${seed}`);
const vitest = await startVitest('test', ['tests/fuzz/fullRun.fuzz.ts'], {
  config: 'vitest.config.ts',
  include: ['tests/fuzz/**/*.fuzz.ts'],
  watch: false,
  testTimeout: 0,
  reporters: ['default'],
});
const failed = !vitest || vitest.state.getCountOfFailedTests() > 0 || process.exitCode;
await vitest?.close();
process.exit(failed ? 1 : 0);

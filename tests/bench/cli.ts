import { join } from 'node:path';
import { ROOT } from './build';
import { markdownTable, writeResults } from './report';
import { runBench } from './run';

/**
 * `npm run bench [-- --quick]`: 1,000 and 10,000 cases, 5 runs per figure. --quick is the
 * short check that the suite works (under a minute): 1,000 cases, 3 runs per figure and
 * without the rows with the app passphrase on (the budgets are judged at 10,000 cases only);
 * `--size N` picks sizes, `--node-only` skips Chromium (pure-logic measures only),
 * `--only export,import` takes only the measures named (keys in BenchOptions.only).
 * Exit code 0 whatever the budgets say (the suite informs, it never fails CI); 1 only
 * when the suite itself broke.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const quick = argv.includes('--quick');
  // `--size N` (repeatable) measures only those sizes, e.g. `npm run bench -- --size 10000`.
  const chosen = argv.flatMap((arg, i) => (arg === '--size' ? [Number(argv[i + 1])] : [])).filter((n) => Number.isInteger(n) && n > 0);
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',').filter((key) => key !== '') : undefined;
  const file = join(ROOT, argv.includes('--node-only') ? 'bench-results/node-only.json' : 'bench-results/latest.json');
  const started = performance.now();
  const log = (line: string) => console.log(`[bench] ${line}`);
  try {
    const sizes = chosen.length > 0 ? chosen : quick ? [1000] : [1000, 10_000];
    if (quick) log('quick: 1,000 cases, 3 runs per figure, no rows with the app passphrase (the full run has them)');
    const results = await runBench({
      sizes,
      runs: quick ? 3 : 5,
      seed: 7,
      passphrase: !quick,
      browser: !argv.includes('--node-only'),
      ...(only ? { only } : {}),
      log,
      onUpdate: (sofar) => writeResults(file, sofar),
    });
    writeResults(file, results);
    console.log(`\n${markdownTable(results)}\n`);
    const failed = results.filter((r) => r.pass === false).map((r) => r.name);
    log(`${results.length} figures in ${((performance.now() - started) / 1000).toFixed(1)} s → ${file}`);
    log(failed.length === 0 ? 'every budget that was measured holds' : `budgets not met: ${failed.join('; ')}`);
    return 0;
  } catch (error) {
    console.error(`[bench] the suite itself failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

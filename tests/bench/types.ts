/** One figure of the benchmark, as written to bench-results/latest.json. */
export interface BenchResult {
  readonly name: string;
  /** Number of cases in the data set the figure was taken at (0 where size does not apply, e.g. the bundle). */
  readonly size: number;
  readonly value: number;
  readonly unit: string;
  /** The same work done the simplest possible way in the same run, where the measure has one. */
  readonly floor: number | null;
  /** value / floor, where there is a floor. */
  readonly ratio: number | null;
  /** The budget in words, e.g. "≤ 50 ms" or "≤ 1.5× floor"; null where none applies at this size. */
  readonly budget: string | null;
  /** Whether the budget holds; null where no budget applies (e.g. at 1,000 cases, or a skipped measure). */
  readonly pass: boolean | null;
  /** Why a figure is missing or how it was taken, when that needs saying. */
  readonly note?: string;
}

/** Samples of one latency measure, in milliseconds. */
export type Samples = readonly number[];

export interface BenchOptions {
  /** Case counts to measure at, e.g. [1000, 10000]. */
  readonly sizes: readonly number[];
  /** Runs per figure (the figure is their median); at least 5 for a real run. */
  readonly runs: number;
  /** Seed for the demo data. */
  readonly seed: number;
  /** False: leave out the list rows with the app passphrase on (turning it on rewrites every record first). */
  readonly passphrase?: boolean;
  /** False: only the measures in Node (pure logic), no Chromium. */
  readonly browser?: boolean;
  /**
   * Only these measures (cold-start, search, filter, open-case, agenda, export, import, report, scan), e.g. to
   * time export and import alone at 10,000 cases; every measure when absent.
   */
  readonly only?: readonly string[];
  /** Progress lines go here. */
  readonly log: (line: string) => void;
  /** Called with every figure so far whenever new ones arrive, so a long run that is stopped still leaves its figures. */
  readonly onUpdate?: (results: readonly BenchResult[]) => void;
}

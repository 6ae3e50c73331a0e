import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium';
import { figure, skipped } from './budgets';
import { callBench, coldStart, filterSamples, openCaseSamples, openSession, searchSamples, type Session } from './browser/app';
import { demoRecords } from './demoData';
import { bundleSize } from './node/bundle';
import { REPORT_PERIOD, reportOnce } from './node/policyReport';
import { scanOnce, scanTexts } from './node/scan';
import { ensureBuilt, removeAppCopy } from './build';
import { startServer } from './server';
import { median, p95 } from './stats';
import type { BenchOptions, BenchResult } from './types';

const MB = 1024 * 1024;

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const wanted = (options: BenchOptions, key: string): boolean => options.only === undefined || options.only.includes(key);

async function attempt(results: BenchResult[], options: BenchOptions, what: string, fallback: () => BenchResult[], step: () => Promise<BenchResult[]>): Promise<void> {
  // A measure's key is its name with dashes ('open case' → 'open-case').
  if (!wanted(options, what.replaceAll(' ', '-'))) return;
  const started = performance.now();
  try {
    results.push(...(await step()));
    // Where the suite's own time goes, so a slow run can be told from a slow measure.
    options.log(`    (${what}: ${seconds(started)})`);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    options.log(`  ${what} failed: ${message}`);
    results.push(...fallback().map((r) => ({ ...r, note: `not measured: ${message.slice(0, 200)}` })));
  }
  options.onUpdate?.(results);
}

/** Measures 1–6 and 9 in real Chromium for one data size. */
async function browserMeasures(results: BenchResult[], session: Session, size: number, codes: readonly string[], options: BenchOptions): Promise<void> {
  const { runs, log } = options;
  if (['cold-start', 'search', 'filter', 'open-case'].some((key) => wanted(options, key))) await listMeasures(results, session, size, codes, options);
  await attempt(results, options, 'agenda', () => [skipped('agenda proposal (Tagesordnung vorbereiten)', size, 'ms', '')], async () => {
    log(`  agenda proposal ×${runs} …`);
    const agenda = await callBench(session, 'agendaRuns', runs);
    return [figure('agenda proposal (Tagesordnung vorbereiten)', size, median(agenda.samples), 'ms', null, `p95 ${p95(agenda.samples).toFixed(0)} ms; ${agenda.proposals} proposals for ${agenda.meetingDate}`)];
  });
  await attempt(results, options, 'export', () => [skipped('export all to X25519 recipients', size, 'ms', '')], async () => {
    log(`  export ×${runs} …`);
    // A targeted run (--only) also times one more export by step; a whole run saves those seconds.
    const exported = await callBench(session, 'exportRuns', runs, options.only !== undefined);
    log(`    (export: samples ${exported.samples.map((ms) => ms.toFixed(0)).join(', ')} ms; floor ${exported.floor.map((ms) => ms.toFixed(0)).join(', ')} ms; harness ${exported.harnessMs.toFixed(0)} ms)`);
    const phases = Object.entries(exported.phases ?? {}).map(([step, ms]) => `${step} ${ms.toFixed(0)} ms`);
    if (phases.length > 0) log(`    (one more export by step: ${phases.join(', ')})`);
    return [figure('export all to X25519 recipients', size, median(exported.samples), 'ms', median(exported.floor), `file ${(exported.bytes / MB).toFixed(1)} MB`)];
  });
  await attempt(results, options, 'import', () => [skipped('import with merge (diverged full set)', size, 'ms', '')], async () => {
    log(`  import with merge ×${runs} …`);
    const imported = await callBench(session, 'importRuns', runs);
    log(`    (import: samples ${imported.samples.map((ms) => ms.toFixed(0)).join(', ')} ms; floor ${imported.floor.map((ms) => ms.toFixed(0)).join(', ')} ms; harness ${imported.harnessMs.toFixed(0)} ms)`);
    return [figure('import with merge (diverged full set)', size, median(imported.samples), 'ms', median(imported.floor), `file ${(imported.bytes / MB).toFixed(1)} MB`)];
  });
}

/** Measures 1–3 and 9: cold start, then search, filter and open case in the list it opened. */
async function listMeasures(results: BenchResult[], session: Session, size: number, codes: readonly string[], options: BenchOptions): Promise<void> {
  const { runs, log } = options;
  const latencySamples = runs * 4;

  log(`  cold start ×${runs} …`);
  const coldStarted = performance.now();
  const starts: number[] = [];
  const heaps: number[] = [];
  let last: Awaited<ReturnType<typeof coldStart>> | null = null;
  for (let run = 0; run < runs; run++) {
    if (last) await last.page.close();
    last = await coldStart(session);
    starts.push(last.ms);
    heaps.push(last.heapBytes / MB);
  }
  results.push(figure('cold start to interactive case list', size, median(starts), 'ms', null, `p95 ${p95(starts).toFixed(0)} ms`));
  results.push(figure('JS heap after loading', size, median(heaps), 'MB'));
  options.onUpdate?.(results);
  log(`    (cold start: ${seconds(coldStarted)})`);
  if (!last) throw new Error('no cold start ran');
  const page = last.page;

  await attempt(results, options, 'search', () => [skipped('search keystroke p95', size, 'ms', '')], async () => {
    log(`  search keystroke ×${latencySamples} …`);
    const samples = await searchSamples(page, codes, latencySamples);
    return [figure('search keystroke p50', size, median(samples), 'ms'), figure('search keystroke p95', size, p95(samples), 'ms')];
  });
  await attempt(results, options, 'filter', () => [skipped('filter change p95', size, 'ms', '')], async () => {
    log(`  filter change ×${latencySamples} …`);
    const samples = await filterSamples(page, latencySamples);
    return [figure('filter change p50', size, median(samples), 'ms'), figure('filter change p95', size, p95(samples), 'ms')];
  });
  await attempt(results, options, 'open case', () => [skipped('open case detail', size, 'ms', '')], async () => {
    log(`  open case ×${runs} …`);
    const samples = await openCaseSamples(page, runs);
    return [figure('open case detail', size, median(samples), 'ms', null, `p95 ${p95(samples).toFixed(0)} ms`)];
  });
  await page.close();
}

/** Measures 7 and 8: pure logic in Node on the same demo data. */
async function nodeMeasures(results: BenchResult[], size: number, options: BenchOptions): Promise<void> {
  if (!wanted(options, 'report') && !wanted(options, 'scan')) return;
  const records = demoRecords(size, options.seed);
  await attempt(results, options, 'report', () => [skipped('policy report incl. suppression', size, 'ms', '')], async () => {
    const reports = Array.from({ length: options.runs }, () => reportOnce(records));
    const ms = reports.map((r) => r.ms);
    const note = `p95 ${p95(ms).toFixed(0)} ms; ${REPORT_PERIOD.from}…${REPORT_PERIOD.to}, all topics, k = 3, in Node; ${reports[0]?.outcome ?? ''}`;
    return [figure('policy report incl. suppression', size, median(ms), 'ms', null, note)];
  });
  await attempt(results, options, 'scan', () => [skipped('personal-data scan throughput', size, 'MB/s', '')], async () => {
    const texts = scanTexts(records);
    const rates = Array.from({ length: options.runs }, () => scanOnce(texts));
    const scannedMb = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / MB;
    return [figure('personal-data scan throughput', size, median(rates), 'MB/s', null, `detectPii over ${scannedMb.toFixed(2)} MB of notes and summaries, in Node`)];
  });
}

/**
 * The whole suite: builds if stale, serves a copy of dist/renderer and the bench page on loopback, and for each size loads
 * the demo data into a fresh Chromium profile and takes every measure. A measure that
 * breaks is recorded as "not measured" with the reason; only a broken harness throws.
 */
export async function runBench(options: BenchOptions): Promise<BenchResult[]> {
  await ensureBuilt(options.log, { benchPage: options.browser !== false });
  try {
    return await measureAll(options);
  } finally {
    removeAppCopy();
  }
}

async function measureAll(options: BenchOptions): Promise<BenchResult[]> {
  const { log } = options;
  const results: BenchResult[] = [];
  const bundle = bundleSize();
  results.push(figure('renderer bundle (gzip)', 0, bundle.gzipKiB, 'KiB', null, `${bundle.rawKiB.toFixed(0)} KiB raw in ${bundle.files} .js/.css files of dist/renderer/assets`));

  if (options.browser === false) {
    for (const size of options.sizes) {
      log(`${size.toLocaleString('en-US')} cases: Node measures only …`);
      await nodeMeasures(results, size, options);
    }
    return results;
  }
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    for (const size of options.sizes) {
      const started = performance.now();
      log(`${size.toLocaleString('en-US')} cases: generating and loading the demo data in the page …`);
      const { session, loaded } = await openSession(browser, server.origin, size, options.seed);
      log(`  ${loaded.total.toLocaleString('en-US')} records (generated in ${loaded.generateMs.toFixed(0)} ms, loaded in ${loaded.loadMs.toFixed(0)} ms)`);
      try {
        await browserMeasures(results, session, size, loaded.sampleCodes, options);
      } finally {
        if (session.errors.length > 0) log(`  page errors: ${session.errors.slice(0, 5).join(' | ')}`);
        await session.context.close();
      }
      log(`  Node measures …`);
      await nodeMeasures(results, size, options);
      log(`  done in ${seconds(started)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

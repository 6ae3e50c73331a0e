// Runs @doyensec/electronegativity over the Electron side and fails on what it finds.
//
// The tool exits 0 whatever it finds, so this script reads its SARIF output instead:
// - a result at SARIF level "error" or "warning" (the tool's own findings, not marked
//   for manual review) fails the run;
// - a result at level "note" (informational, "review required") needs a one-line
//   justification in build/electronegativity.justifications.json, keyed
//   "<RULE_ID> <file>", or the run fails.
//
// What it scans: electron/ (TypeScript, which the tool parses itself, so no build is
// needed) plus the page it loads (renderer/index.html, whose meta tag carries the CSP
// the tool evaluates) and package.json (for the Electron version). These are copied
// into dist/electronegativity/app/ because the tool takes one folder.
//
// Offline: the tool fetches translations and Electron's release list with `got` on
// every run. That is replaced by a stand-in that refuses at once, so `npm test` never
// touches the network; the one check that needs the release list is excluded in
// build/electronegativity.config.json, with its reason.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const out = resolve(root, 'dist/electronegativity');
const input = resolve(out, 'app');
const sarifPath = resolve(out, 'results.sarif');
const config = JSON.parse(await readFile(resolve(root, 'build/electronegativity.config.json'), 'utf8'));

/** `--judge <sarif> [--justifications <json>]` only judges an existing SARIF file (tests/security uses it). */
function option(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}
const judgeOnly = option('--judge');
const justificationsPath = option('--justifications') ?? resolve(root, 'build/electronegativity.justifications.json');
const justifications = JSON.parse(await readFile(justificationsPath, 'utf8'));

/** Copies what the tool should see into one folder, with the same relative paths. */
async function stage() {
  await rm(out, { recursive: true, force: true });
  await mkdir(resolve(input, 'renderer'), { recursive: true });
  await cp(resolve(root, 'electron'), resolve(input, 'electron'), { recursive: true });
  await cp(resolve(root, 'renderer/index.html'), resolve(input, 'renderer/index.html'));
  await cp(resolve(root, 'package.json'), resolve(input, 'package.json'));
}

/** Puts a `got` that never connects into the require cache before the tool loads it. */
function keepOffline() {
  const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = require.resolve('got', { paths: [toolDir] });
  const refuse = () => Promise.reject(new Error('electronegativity runs offline here'));
  const got = Object.assign(refuse, { get: refuse, head: refuse, default: refuse });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: got };
}

/** "<RULE_ID> <file>" for one SARIF result; the file is relative to the staged folder. */
function keyOf(result) {
  const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'file:///';
  return `${result.ruleId} ${uri === 'file:///' ? '(whole app)' : uri}`;
}

/** Sorts SARIF results into failures, justified notes and unjustified notes. */
function judge(sarif, justified) {
  const failures = [];
  const unjustified = [];
  const accepted = [];
  for (const result of sarif.runs.flatMap((run) => run.results ?? [])) {
    const key = keyOf(result);
    const line = result.locations?.[0]?.physicalLocation?.region?.startLine ?? 1;
    const text = `${key}:${line} ${result.message?.text ?? ''}`;
    if (result.level === 'error' || result.level === 'warning' || result.level === undefined) failures.push(text);
    else if (typeof justified[key] === 'string' && justified[key].trim() !== '') accepted.push(key);
    else unjustified.push(text);
  }
  const stale = Object.keys(justified).filter((key) => !key.startsWith('$') && !accepted.includes(key));
  return { failures, unjustified, accepted, stale };
}

/** The tool writes its SARIF with a callback it does not wait for; read it once it is complete. */
async function readSarif() {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return JSON.parse(await readFile(sarifPath, 'utf8'));
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** Prints the verdict on one SARIF file; true when the run must fail. */
function report(sarif, summary) {
  const { failures, unjustified, accepted, stale } = summary;
  console.log(`electronegativity ${sarif.runs[0]?.tool?.driver?.version ?? '?'}: ${accepted.length} justified note(s)`);
  for (const key of stale) console.log(`  (justification no longer needed: ${key})`);
  if (failures.length > 0) {
    console.error('Findings above informational (fix them):');
    for (const text of failures) console.error(`  ${text}`);
  }
  if (unjustified.length > 0) {
    console.error('Informational findings without a justification in build/electronegativity.justifications.json:');
    for (const text of unjustified) console.error(`  ${text}`);
  }
  return failures.length > 0 || unjustified.length > 0;
}

async function main() {
  if (judgeOnly !== undefined) {
    const sarif = JSON.parse(await readFile(judgeOnly, 'utf8'));
    if (report(sarif, judge(sarif, justifications))) process.exit(1);
    return;
  }
  await stage();
  keepOffline();
  // The tool greets the world on the console while it loads translations; keep the log to our own lines.
  const log = console.log;
  console.log = () => undefined;
  let outcome;
  try {
    const run = require('@doyensec/electronegativity');
    outcome = await run({
      input,
      output: sarifPath,
      isSarif: true,
      isRelative: true,
      excludeFromScan: Object.keys(config.excludeChecks),
      electronVersionOverride: require('electron/package.json').version,
      parserPlugins: [],
    });
  } finally {
    console.log = log;
  }
  const parseErrors = outcome.errors.filter((error) => !error.tolerable);
  const sarif = await readSarif();
  const summary = judge(sarif, justifications);
  await writeFile(resolve(out, 'summary.json'), JSON.stringify(summary, null, 2));
  console.log(`${outcome.atomicChecks} atomic and ${outcome.globalChecks} global checks ran; SARIF in ${sarifPath}`);
  let failed = report(sarif, summary);
  if (parseErrors.length > 0) {
    failed = true;
    console.error('Files the tool could not parse (their checks did not run):');
    for (const error of parseErrors) console.error(`  ${error.file}: ${error.message}`);
  }
  if (failed) process.exit(1);
}

await main();

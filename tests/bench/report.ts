import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BenchResult } from './types';

function number(value: number | null, digits = 1): string {
  if (value === null) return '–';
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function verdict(pass: boolean | null): string {
  return pass === null ? '–' : pass ? 'PASS' : 'FAIL';
}

/** The results as a Markdown table, one row per figure, notes after the table. */
export function markdownTable(results: readonly BenchResult[]): string {
  const lines = ['| measure | cases | value | floor | ratio | budget | result |', '| --- | ---: | ---: | ---: | ---: | --- | --- |'];
  const notes: string[] = [];
  for (const r of results) {
    const mark = r.note ? ` [${notes.push(`${r.name} @ ${r.size}: ${r.note}`)}]` : '';
    const floor = r.floor === null ? '–' : `${number(r.floor)} ${r.unit}`;
    const ratio = r.ratio === null ? '–' : `${number(r.ratio, 2)}×`;
    lines.push(`| ${r.name}${mark} | ${r.size === 0 ? '–' : r.size.toLocaleString('en-US')} | ${number(r.value)} ${r.unit} | ${floor} | ${ratio} | ${r.budget ?? '–'} | ${verdict(r.pass)} |`);
  }
  if (notes.length > 0) lines.push('', ...notes.map((note, i) => `[${i + 1}] ${note}`));
  return lines.join('\n');
}

/** Writes the results as JSON (NaN, which JSON cannot carry, becomes null). */
export function writeResults(file: string, results: readonly BenchResult[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const json = JSON.stringify(results, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2);
  writeFileSync(file, `${json}\n`);
}

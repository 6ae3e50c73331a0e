import { detectPii } from '../../../shared/pii';
import { fieldOf, type Records } from '../../../renderer/exchange/tables';

/** Cap on the text scanned per run: throughput is a rate, so a few MB of the notes suffice. */
const MAX_SCAN_BYTES = 2 * 1024 * 1024;

/** The free texts a person typed (case summaries, notes), as the scan meets them before an export. */
export function scanTexts(records: Records): string[] {
  const texts: string[] = [];
  let bytes = 0;
  const add = (value: unknown) => {
    if (typeof value !== 'string' || value === '' || bytes >= MAX_SCAN_BYTES) return;
    texts.push(value);
    bytes += Buffer.byteLength(value, 'utf8');
  };
  for (const note of records.caseNotes) add(fieldOf(note, 'text'));
  for (const item of records.cases) add(fieldOf(item, 'summary'));
  return texts;
}

/** One timed pass of detectPii over the texts: megabytes (UTF-8, 2^20) per second. */
export function scanOnce(texts: readonly string[]): number {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  const started = performance.now();
  let found = 0;
  for (const text of texts) found += detectPii(text).length;
  const seconds = (performance.now() - started) / 1000;
  // `found` keeps the work observable, so no engine can drop it.
  if (found < 0) throw new Error('unreachable');
  return bytes / (1024 * 1024) / seconds;
}

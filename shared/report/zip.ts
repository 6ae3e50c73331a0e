import { strToU8, zipSync } from 'fflate';
import type { ReportFile } from './formats';

/** The CSV bundle of a report as one zip file (fflate: pure JavaScript, the same in the app and the command line). */
export function zipReportFiles(files: readonly ReportFile[]): Uint8Array<ArrayBuffer> {
  const zipped = zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(file.text)])), { level: 6 });
  // fflate writes into a fresh ArrayBuffer; copy only should that ever change (saveFile wants a plain one).
  return zipped.buffer instanceof ArrayBuffer ? (zipped as Uint8Array<ArrayBuffer>) : new Uint8Array(zipped);
}

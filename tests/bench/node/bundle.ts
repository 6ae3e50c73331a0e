import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_DIR } from '../build';

/** The renderer bundle: every .js and .css file in dist/renderer/assets, raw and gzipped (level 9), in KiB. */
export function bundleSize(): { rawKiB: number; gzipKiB: number; files: number } {
  const dir = join(APP_DIR, 'assets');
  let raw = 0;
  let gzip = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    if (!/\.(js|css)$/.test(name)) continue;
    const bytes = readFileSync(join(dir, name));
    raw += bytes.byteLength;
    gzip += gzipSync(bytes, { level: 9 }).byteLength;
    files++;
  }
  return { rawKiB: raw / 1024, gzipKiB: gzip / 1024, files };
}

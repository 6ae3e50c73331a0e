// Draws the app icon (a round table with chairs around it) and writes every file
// electron-builder needs: build/icon.png (512), build/icons/<n>x<n>.png (Linux),
// build/icon.ico (Windows, PNG entries) and build/icon.icns (macOS, PNG chunks).
// Only node:zlib and node:fs: no image tools needed. Output is deterministic;
// run `node build/scripts/make-icons.mjs` after changing the drawing.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const buildDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---- drawing (coordinates from 0 to 1) -------------------------------------

const BACKGROUND_TOP = [0x1f, 0x72, 0x7b];
const BACKGROUND_BOTTOM = [0x12, 0x4a, 0x52];
const TABLE = [0xf4, 0xc5, 0x6a];
const TABLE_EDGE = [0xd3, 0x9a, 0x3a];
const CHAIRS = [
  [0xff, 0xff, 0xff],
  [0xef, 0x7d, 0x62],
  [0x9f, 0xdc, 0xf5],
  [0x8f, 0xd6, 0xb0],
];
const CHAIR_COUNT = 8;
const CHAIR_DISTANCE = 0.355;
const CHAIR_RADIUS = 0.072;
const TABLE_RADIUS = 0.245;
const TABLE_EDGE_WIDTH = 0.025;
const MARGIN = 0.035;
const CORNER = 0.2;

const chairCentres = Array.from({ length: CHAIR_COUNT }, (_, i) => {
  const angle = (i / CHAIR_COUNT) * 2 * Math.PI - Math.PI / 2 + Math.PI / CHAIR_COUNT;
  return [0.5 + CHAIR_DISTANCE * Math.cos(angle), 0.5 + CHAIR_DISTANCE * Math.sin(angle), CHAIRS[i % CHAIRS.length]];
});

function insideRoundedSquare(x, y) {
  const half = 0.5 - MARGIN;
  const qx = Math.abs(x - 0.5) - (half - CORNER);
  const qy = Math.abs(y - 0.5) - (half - CORNER);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) <= CORNER;
}

/** The colour (r, g, b, a in 0..1) at one sample point. */
function sample(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  let colour = BACKGROUND_TOP.map((top, i) => top + (BACKGROUND_BOTTOM[i] - top) * y);
  for (const [cx, cy, chair] of chairCentres) {
    if (Math.hypot(x - cx, y - cy) <= CHAIR_RADIUS) colour = chair;
  }
  const fromCentre = Math.hypot(x - 0.5, y - 0.5);
  if (fromCentre <= TABLE_RADIUS) colour = fromCentre >= TABLE_RADIUS - TABLE_EDGE_WIDTH ? TABLE_EDGE : TABLE;
  return colour;
}

/** RGBA pixels of the icon at `size`, antialiased by supersampling. */
function render(size) {
  const grid = size <= 64 ? 8 : 4;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const colour = sample((px + (sx + 0.5) / grid) / size, (py + (sy + 0.5) / grid) / size);
          if (colour === null) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        pixels[offset] = Math.round(r / covered);
        pixels[offset + 1] = Math.round(g / covered);
        pixels[offset + 2] = Math.round(b / covered);
        pixels[offset + 3] = Math.round((covered / (grid * grid)) * 255);
      }
    }
  }
  return pixels;
}

// ---- file formats -----------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'ascii');
  Buffer.from(data).copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}

function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(pixels.buffer, y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// ICO with PNG-compressed entries (Windows Vista and later; electron-builder wants a 256 entry).
function encodeIco(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header[entry] = size >= 256 ? 0 : size;
    header[entry + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map(({ png }) => png)]);
}

// ICNS with PNG chunks: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x).
function encodeIcns(chunks) {
  const parts = chunks.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

// ---- write ------------------------------------------------------------------

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const png = new Map(sizes.map((size) => [size, encodePng(size, render(size))]));

mkdirSync(join(buildDir, 'icons'), { recursive: true });
writeFileSync(join(buildDir, 'icon.png'), png.get(512));
for (const size of [16, 32, 48, 64, 128, 256, 512]) writeFileSync(join(buildDir, 'icons', `${size}x${size}.png`), png.get(size));
writeFileSync(join(buildDir, 'icon.ico'), encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: png.get(size) }))));
writeFileSync(
  join(buildDir, 'icon.icns'),
  encodeIcns([
    { type: 'ic07', png: png.get(128) },
    { type: 'ic08', png: png.get(256) },
    { type: 'ic09', png: png.get(512) },
    { type: 'ic10', png: png.get(1024) },
  ]),
);
console.log(`icons written to ${buildDir}`);

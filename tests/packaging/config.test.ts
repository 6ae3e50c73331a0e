import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, test } from 'vitest';

// electron-builder.yml as electron-builder itself reads and validates it, offline.
const root = fileURLToPath(new URL('../..', import.meta.url));
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, join(root, 'electron-builder.yml'), null);
});

function targetNames(platform: 'linux' | 'win' | 'mac'): string[] {
  const target = config[platform]?.target;
  const list = Array.isArray(target) ? target : target == null ? [] : [target];
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.target));
}

describe('electron-builder.yml', () => {
  test('passes app-builder-lib’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  test('the validator is not a rubber stamp: a misspelt option is refused', async () => {
    const broken = { ...config, linux: { ...config.linux, targets: ['AppImage'] } } as unknown as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/configuration/i);
  });

  test('names the app and its id', () => {
    expect(config.appId).toBe('de.rundertisch.konstanz');
    expect(config.productName).toBe('Runder Tisch');
    expect(config.directories).toMatchObject({ buildResources: 'build', output: 'release' });
  });

  test('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', () => {
    expect(targetNames('linux')).toEqual(['AppImage', 'deb']);
    expect(targetNames('win')).toEqual(['nsis']);
    expect(targetNames('mac')).toEqual(['dmg']);
    // A .deb without maintainer or category is refused by distributions' tools.
    expect(config.linux?.maintainer).toMatch(/^.+ <.+@.+>$/);
    expect(config.linux?.category).toBeTruthy();
  });

  test('locks the Electron binary down with fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(config.asar).toBe(true);
  });
});

// ---- icons -------------------------------------------------------------------

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons in build/', () => {
  const read = (name: string) => readFile(join(root, 'build', name));

  test('icon.png is 512×512, and Linux gets a 256×256 too', async () => {
    expect(pngSize(await read('icon.png'))).toEqual({ width: 512, height: 512 });
    expect(pngSize(await read('icons/256x256.png'))).toEqual({ width: 256, height: 256 });
  });

  test('icon.ico holds a 256×256 image, which the Windows installer requires', async () => {
    const ico = await read('icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i;
      const image = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      const { width } = pngSize(image);
      expect(width).toBe(ico[entry] === 0 ? 256 : ico[entry]);
      sizes.push(width);
    }
    expect(sizes).toContain(256);
    expect(sizes).toContain(16);
  });

  test('icon.icns holds 512 and 1024 pixel images for macOS', async () => {
    const icns = await read('icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const chunks = new Map<string, number>();
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      chunks.set(icns.toString('ascii', offset, offset + 4), pngSize(icns.subarray(offset + 8)).width);
    }
    expect(chunks.get('ic09')).toBe(512);
    expect(chunks.get('ic10')).toBe(1024);
  });
});

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../shared/merge/canonical';
import { SCHEMA_VERSIONS, createDatabase } from '../../renderer/db/database';
import { bytesFromJson, bytesToJson } from '../fixtures/db/bytes';
import type { DbFixture } from '../fixtures/db/generate';

// Every schema version ever released has a generated fixture database
// (tests/fixtures/db/v<N>.json, written by tests/fixtures/db/generate.mjs). Each one
// is loaded into a database created at ITS version and opened with the current schema:
// nothing may be lost, and every index must find every record.

const FIXTURES = new URL('../fixtures/db/', import.meta.url);

function fixtureFile(version: number): URL {
  return new URL(`v${version}.json`, FIXTURES);
}

function readFixture(version: number): DbFixture {
  return JSON.parse(readFileSync(fixtureFile(version), 'utf8')) as DbFixture;
}

const fixtureVersions = readdirSync(FIXTURES)
  .map((name) => /^v(\d+)\.json$/.exec(name)?.[1])
  .filter((version): version is string => version !== undefined)
  .map(Number)
  .sort((a, b) => a - b);

describe('schema versions and fixtures', () => {
  test.each(SCHEMA_VERSIONS.map((v) => [v.version, v] as const))('released version %i has a fixture that recorded its stores', (version, { stores }) => {
    expect(existsSync(fixtureFile(version)), `tests/fixtures/db/v${version}.json is missing: run node tests/fixtures/db/generate.mjs`).toBe(true);
    // A released version's stores must never change: add a new version instead.
    expect(readFixture(version).stores).toEqual(stores);
  });

  test('there is no fixture for a version the schema does not list', () => {
    expect(fixtureVersions).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });
});

function validKey(value: unknown): boolean {
  if (typeof value === 'string' || (typeof value === 'number' && !Number.isNaN(value))) return true;
  return Array.isArray(value) && value.length > 0 && value.every(validKey);
}

describe.each(fixtureVersions)('the fixture of schema version %i', (version) => {
  test('upgrades to the current schema with every record intact and every index working', async () => {
    const fixture = readFixture(version);
    const name = `migration-v${version}`;
    const old = new Dexie(name);
    old.version(version).stores(fixture.stores);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(bytesFromJson(rows) as unknown[]);
    });
    old.close();

    const current = createDatabase(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version);
    for (const [tableName, rows] of Object.entries(fixture.tables)) {
      const table = current.table(tableName);
      // Every record round-trips, byte for byte in canonical JSON.
      expect(canonicalJson(bytesToJson(await table.toArray())), tableName).toBe(canonicalJson(rows));
      const primary = table.schema.primKey.keyPath as string;
      for (const index of table.schema.indexes) {
        for (const row of rows) {
          const value = Dexie.getByKeyPath(row as object, index.keyPath as string | string[]);
          const keys = index.multi && Array.isArray(value) ? value : [value];
          for (const key of keys.filter(validKey)) {
            const found = await table.where(index.name).equals(key as string).primaryKeys();
            expect(found, `${tableName}.${index.name} = ${JSON.stringify(key)}`).toContain(Dexie.getByKeyPath(row as object, primary));
          }
        }
      }
    }
    current.close();
    await Dexie.delete(name);
  });
});

import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../renderer/db/database';
import { readExportBody } from '../../renderer/exchange/exportBody';
import { syncTable, type AnyRecord } from '../../renderer/exchange/tables';
import { setUnprotected } from '../../renderer/security/keyState';
import { buildEnvelope, canonicalBody, type EnvelopeInput } from '../../shared/exchange';
import { ENTITY_NAMES } from '../../shared/model/entities';
import { demoRecords } from '../bench/demoData';
import { must } from './exchange.support';

// An export of everything reads the tables a page at a time; however the pages fall, the body
// must be the canonical text of the whole envelope (the signature covers it byte for byte).

const byId = (a: AnyRecord, b: AnyRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

beforeEach(async () => {
  setUnprotected();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the body of an export of everything', () => {
  test('is the canonical text of the whole envelope, whatever the page size', async () => {
    const records = demoRecords(4, 11);
    for (const name of ENTITY_NAMES) await syncTable(name).bulkPut(records[name]);
    const header = { scope: { kind: 'all' } as const, deviceId: 'laptop-anna', member: { id: '0197a000-0000-7000-8000-0000000a4a01', name: 'Anna' }, createdAt: new Date(0) };
    // The database hands records out in key order.
    const stored = Object.fromEntries(ENTITY_NAMES.map((name) => [name, [...records[name]].sort(byId)]));
    const largest = Math.max(...ENTITY_NAMES.map((name) => records[name].length));
    expect(largest).toBeGreaterThan(3);
    for (const pageSize of [1, 3, largest, undefined]) {
      const pieces: string[] = [];
      const carried = must(await readExportBody(header, (chunk) => pieces.push(new TextDecoder().decode(chunk)), pageSize));
      const text = pieces.join('');
      const { exportId } = JSON.parse(text) as { exportId: string };
      const expected = must(canonicalBody(buildEnvelope({ ...header, exportId, records: stored as unknown as EnvelopeInput['records'] })));
      expect(text).toBe(new TextDecoder().decode(expected));
      expect(carried.caseCount).toBe(records.cases.length);
    }
  });
});

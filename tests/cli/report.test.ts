import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/index';
import type { Result } from '../../shared/errors/result';
import { buildEnvelope, createMemberKeys, encryptExchange, sealExchange, serialiseEnvelope, type MemberKeys } from '../../shared/exchange';
import type { Case } from '../../shared/model/case';
import { csvCounts, jsonCounts, makeCase, makeConcern, makeFollowUp, makeHistory, makeMeeting, markdownCounts } from '../shared/report.support';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (chunks: string[]) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
  const code = await main(argv, { stdout: sink(out), stderr: sink(err), stdin: Readable.from([]) });
  return { code, out: out.join(''), err: err.join('') };
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

const small = (n: number | null) => n !== null && n >= 1 && n < 3;
const SECRET = 'Herr Geheim';

let dir = '';
let keys: MemberKeys;
const path = (name: string) => join(dir, name);

function records() {
  const cases: Case[] = [
    ...Array.from({ length: 7 }, () => makeCase({ openedOn: '2026-01-20', status: 'in_progress', topics: ['housing'], residenceStatus: 'tolerated', title: SECRET })),
    ...Array.from({ length: 4 }, () => makeCase({ openedOn: '2025-09-01', status: 'waiting', topics: ['work', 'language'], residenceStatus: 'recognised' })),
    makeCase({ openedOn: '2026-02-01', status: 'closed', closedOn: '2026-03-01', closingReason: SECRET, topics: ['health'] }),
  ];
  const followUp = makeFollowUp({ caseId: cases[0]?.id ?? null, dueOn: '2026-02-01', title: SECRET }, '2026-01-21T09:00:00.000Z');
  return {
    cases,
    followUps: [followUp],
    history: [makeHistory({ kind: 'follow_up_created', entityId: followUp.id, to: 'open' }, '2026-01-21T09:00:00.000Z')],
    meetings: [makeMeeting('2026-02-12'), makeMeeting('2026-03-12'), makeMeeting('2026-03-26')],
    concerns: [
      makeConcern('Wohnungen für Geduldete fehlen in Konstanz.', true, cases.slice(0, 7).map((c) => c.id)),
      makeConcern(`${SECRET} braucht eine Wohnung.`, false, cases.slice(0, 2).map((c) => c.id)),
    ],
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rt-report-'));
  keys = await createMemberKeys();
  await writeFile(path('me.key'), `# throwaway identity for the report test\n${keys.identity}\n`);
  const envelope = buildEnvelope({ deviceId: 'laptop-test', member: null, scope: { kind: 'all' }, createdAt: new Date('2026-04-01T10:00:00Z'), records: records() });
  await writeFile(path('data.age'), unwrap(await sealExchange(envelope, keys.signingSecretKey, { recipients: [keys.recipient] })).bytes);
  await writeFile(path('unsigned.age'), unwrap(await encryptExchange(serialiseEnvelope(envelope), { recipients: [keys.recipient] })));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const Q1 = ['--from', '2026-01-01', '--to', '2026-03-31'];

describe('runder-tisch report', () => {
  it('writes Markdown to standard output, small counts withheld, only approved statements', async () => {
    const { code, out, err } = await cli(['report', path('data.age'), '--identity', path('me.key'), ...Q1, '--format', 'md']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(/^# Bericht für Politik und Verwaltung$/m);
    expect(out).toContain('Zeitraum: 01.01.2026 bis 31.03.2026');
    // 7 opened in the period and in progress, 1 closed (withheld, and the 7 with it, since 8 is shown); 4 waiting from before.
    expect(out).toMatch(/\| im Zeitraum \(neu\) \| 0 \| \. \| 0 \| \. \| 8 \|/);
    expect(out).toMatch(/\| vor dem Zeitraum \| 0 \| 0 \| 4 \| 0 \| 4 \|/);
    expect(out).toContain('Wohnungen für Geduldete fehlen in Konstanz.');
    expect(out).not.toContain(SECRET);
    expect(markdownCounts(out).filter(small)).toEqual([]);
    expect(markdownCounts(out)).toContain(null);
  });

  it('writes JSON to a file in English with --out and --lang en', async () => {
    const { code, err } = await cli(['report', path('data.age'), '--identity', path('me.key'), ...Q1, '--format', 'json', '--lang', 'en', '--out', path('report.json')]);
    expect(code).toBe(0);
    expect(err).toContain('report.json');
    const text = await readFile(path('report.json'), 'utf8');
    const json = JSON.parse(text) as { title: string; k: number; period: unknown; language: string };
    expect(json).toMatchObject({ title: 'Report for politics and administration', k: 3, language: 'en', period: { from: '2026-01-01', to: '2026-03-31' } });
    expect(jsonCounts(text).filter(small)).toEqual([]);
    expect(text).not.toContain(SECRET);
  });

  it('writes one CSV file per table into a folder, or into a zip', async () => {
    const folder = await cli(['report', path('data.age'), '--identity', path('me.key'), ...Q1, '--format', 'csv', '--out', path('csv')]);
    expect(folder.code).toBe(0);
    const names = (await readdir(path('csv'))).sort();
    expect(names).toContain('README.txt');
    expect(names).toContain('02-case-flow.csv');
    expect(names.filter((n) => n.endsWith('.csv')).length).toBe(9);
    const flow = await readFile(path('csv/02-case-flow.csv'), 'utf8');
    expect(flow).toContain('im Zeitraum (neu);0;.;0;.;8\r\n');

    const zipped = await cli(['report', path('data.age'), '--identity', path('me.key'), ...Q1, '--format', 'csv', '--out', path('report.zip'), '--k', '4', '--topics', 'housing,work']);
    expect(zipped.code).toBe(0);
    const files = unzipSync(new Uint8Array(await readFile(path('report.zip'))));
    // The same tables (the age bands only where safe), numbered in report order.
    const kinds = (list: string[]) => list.map((n) => n.replace(/^\d+-/, '')).filter((n) => n !== 'age-band.csv').sort();
    expect(kinds(Object.keys(files))).toEqual(kinds(names));
    const texts = Object.values(files).map((bytes) => strFromU8(bytes));
    const counts = texts.flatMap(csvCounts);
    expect(counts.filter((n) => n !== null && n >= 1 && n < 4)).toEqual([]);
    expect(texts.join('\n')).toContain('Themenfelder: Wohnen, Arbeit');
    expect(texts.join('\n')).not.toContain(SECRET);
  });

  it('refuses k below 3 and other wrong command lines with exit code 2', async () => {
    const base = ['report', path('data.age'), '--identity', path('me.key')];
    for (const extra of [
      ['--format', 'md', '--k', '2'],
      ['--format', 'md', '--topics', 'wohnen'],
      ['--format', 'md', '--from', '2026-04-01', '--to', '2026-03-01'],
      ['--format', 'md', '--from', '1.1.2026'],
      ['--format', 'pdf'],
      ['--format', 'csv'],
      [],
    ]) {
      const { code, err } = await cli([...base, ...extra]);
      expect({ extra, code }).toEqual({ extra, code: 2 });
      expect(err).toMatch(/^runder-tisch: /);
    }
    expect((await cli(['report', path('data.age'), '--format', 'md'])).code).toBe(2);
  });

  it('refuses an unsigned file and a wrong key with exit code 1', async () => {
    const unsigned = await cli(['report', path('unsigned.age'), '--identity', path('me.key'), '--format', 'md']);
    expect(unsigned.code).toBe(1);
    expect(unsigned.err).toContain('is not signed');
    await writeFile(path('other.key'), `${(await createMemberKeys()).identity}\n`);
    const wrong = await cli(['report', path('data.age'), '--identity', path('other.key'), '--format', 'md']);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toBe('');
  });
});

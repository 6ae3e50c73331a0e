import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc } from '../../shared/clock/hlc';
import { createRandom, demoUuid } from '../../shared/demo/random';
import { createDemoClock, dayOf, isoTime } from '../../shared/demo/stamps';
import { DEMO_DEFAULT_NOW, demoEnvelope, demoSigningKey, generateDemoData, type DemoData, type DemoOptions } from '../../shared/demo';
import { decodeEnvelope, readExchangeFile, sealExchange, createMemberKeys, serialiseEnvelope, signAndSerialise, verifyEnvelope } from '../../shared/exchange';
import { canonicalJson } from '../../shared/merge/canonical';
import { ENTITY_NAMES, ENTITY_SCHEMAS } from '../../shared/model/entities';
import { syncMetaSchema } from '../../shared/model/sync';

// The demo data set is what people train with and what the benchmark measures, so it
// must be the same for a seed everywhere, valid for the exchange, and whole: every id it
// refers to exists.

function demo(options: DemoOptions): DemoData {
  const result = generateDemoData(options);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

const SMALL = { cases: 60, seed: 7, years: 3 } as const;
const data = demo({ cases: 300, seed: 42 });
const { records } = data;

describe('determinism', () => {
  it('the same options give byte-identical canonical JSON, run after run', () => {
    const a = canonicalJson(demoEnvelope(demo(SMALL)));
    const b = canonicalJson(demoEnvelope(demo(SMALL)));
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThan(100_000);
  });

  it('another seed gives other data, and another `now` moves the story', () => {
    const base = demo(SMALL);
    const otherSeed = demo({ ...SMALL, seed: 8 });
    expect(canonicalJson(otherSeed.records)).not.toBe(canonicalJson(base.records));
    expect(otherSeed.records.cases.map((c) => c.title)).not.toEqual(base.records.cases.map((c) => c.title));
    const later = demo({ ...SMALL, now: '2027-06-01T12:00:00.000Z' });
    expect(later.createdAt).toBe('2027-06-01T12:00:00.000Z');
    expect(base.createdAt).toBe(DEMO_DEFAULT_NOW);
    expect(later.records.meetings.at(-1)?.date).not.toBe(base.records.meetings.at(-1)?.date);
  });

  it('the signer and the members depend on the seed alone, not on the number of cases', () => {
    const few = demo({ ...SMALL, cases: 5 });
    const many = demo({ ...SMALL, cases: 80 });
    expect(few.signer).toEqual(many.signer);
    expect(few.records.members).toEqual(many.records.members);
    expect(few.signer.signingPublicKey).toBe(demoSigningKey(SMALL.seed).publicKey);
    expect(demoSigningKey(8).publicKey).not.toBe(few.signer.signingPublicKey);
  });

  it('refuses options out of range instead of guessing', () => {
    for (const options of [{ cases: -1, seed: 1 }, { cases: 1.5, seed: 1 }, { cases: 10, seed: 2 ** 32 }, { cases: 10, seed: 1, years: 0 }, { cases: 10, seed: 1, now: 'yesterday' }]) {
      const result = generateDemoData(options);
      expect(result.ok ? 'ok' : result.error.code).toBe('validation/invalid');
    }
  });
});

describe('building blocks', () => {
  it('the fast time formatting writes exactly what Date#toISOString writes', () => {
    const random = createRandom(5, 'times');
    for (let i = 0; i < 2000; i++) {
      const ms = Math.floor(random.next() * 4e12);
      expect(isoTime(ms)).toBe(new Date(ms).toISOString());
      expect(dayOf(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
    }
  });

  it('the demo clock hands out HLC stamps in formatHlc’s format, counting up within a millisecond', () => {
    const clock = createDemoClock('demo1');
    expect(clock.stampAt(1_763_200_000_000)).toBe(formatHlc({ wallMs: 1_763_200_000_000, counter: 0, deviceId: 'demo1' }));
    expect(clock.stampAt(1_763_200_000_000)).toBe(formatHlc({ wallMs: 1_763_200_000_000, counter: 1, deviceId: 'demo1' }));
    expect(clock.stampAt(5)).toBe(formatHlc({ wallMs: 5, counter: 0, deviceId: 'demo1' }));
    // Enough distinct times to make the table grow several times.
    const stamps = new Set(Array.from({ length: 200_000 }, (_, i) => clock.stampAt(1_700_000_000_000 + (i % 100_000) * 7)));
    expect(stamps.size).toBe(200_000);
  });

  it('ids are UUIDv7 carrying the creation time', () => {
    const random = createRandom(9);
    for (const ms of [0, 1_763_200_000_123, 2 ** 47]) {
      const id = demoUuid(random, ms);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBe(ms);
    }
  });
});

describe('validity for the exchange', () => {
  it('the envelope passes the strict validation an importer applies', () => {
    const decoded = decodeEnvelope(serialiseEnvelope({ ...demoEnvelope(data) }));
    expect(decoded.ok ? 'ok' : decoded.error.message).toBe('ok');
  });

  it('every record is valid content plus merge metadata, one stamp per content field', () => {
    for (const name of ENTITY_NAMES) {
      const fields = Object.keys(ENTITY_SCHEMAS[name].shape).sort();
      for (const record of records[name] as unknown as Record<string, unknown>[]) {
        const content = ENTITY_SCHEMAS[name].safeParse(record);
        const meta = syncMetaSchema.safeParse(record);
        expect(content.success && meta.success ? 'valid' : `${name}/${String(record.id)}: ${JSON.stringify(content.error ?? meta.error)}`).toBe('valid');
        expect(Object.keys(record.clock as object).sort()).toEqual(fields);
      }
    }
  });

  it('stamps follow the story: created and updated times match the stamps, one device, no stamp used twice', () => {
    const owner = new Map<string, string>();
    for (const name of ENTITY_NAMES) {
      for (const record of records[name]) {
        expect(record.deviceId).toBe(data.deviceId);
        expect(Object.keys(record.vv)).toEqual([data.deviceId]);
        const stamps = [...new Set(Object.values(record.clock))].sort();
        const newest = stamps.at(-1) as string;
        expect(record.vv[data.deviceId]).toBe(newest);
        expect(parseHlc(stamps[0] as string).wallMs).toBe(Date.parse(record.createdAt));
        expect(parseHlc(newest).wallMs).toBe(Date.parse(record.updatedAt));
        expect(record.createdAt <= record.updatedAt && record.updatedAt <= data.createdAt).toBe(true);
        for (const stamp of stamps) {
          expect(owner.get(stamp) ?? record.id).toBe(record.id);
          owner.set(stamp, record.id);
        }
      }
    }
  });

  it('is signed by the demo moderation, a member of the data set, so the app names the signer once imported', async () => {
    const signed = await signAndSerialise(demoEnvelope(demo(SMALL)), demo(SMALL).signer.signingSecretKey);
    if (!signed.ok) throw new Error(signed.error.message);
    const members = signed.data.envelope.records.members;
    const check = await verifyEnvelope(signed.data.envelope, members);
    expect(check.status === 'valid-known' && check.member.name).toBe('Demo-Moderation');
    expect(signed.data.envelope.member?.name).toBe('Demo-Moderation');
    expect(members.filter((m) => m.signingKey !== null).map((m) => m.name)).toEqual(['Demo-Moderation']);
    // Nobody can receive files as a demo member: the demo keys are public knowledge.
    expect(members.every((m) => m.recipient === null)).toBe(true);
  });

  it('seals into an exchange file that opens again', async () => {
    const keys = await createMemberKeys();
    const small = demo(SMALL);
    const sealed = await sealExchange(demoEnvelope(small), small.signer.signingSecretKey, { recipients: [keys.recipient] });
    if (!sealed.ok) throw new Error(sealed.error.message);
    const opened = await readExchangeFile(sealed.data.bytes, { identity: keys.identity }, []);
    expect(opened.ok && opened.data.signature.status).toBe('valid-unknown');
    expect(opened.ok && opened.data.envelope.counts.cases).toBe(60);
  });
});

describe('referential integrity', () => {
  const ids = Object.fromEntries(ENTITY_NAMES.map((name) => [name, new Set(records[name].map((r) => r.id))])) as Record<(typeof ENTITY_NAMES)[number], Set<string>>;
  const expectIn = (set: Set<string>, id: string | null, what: string) => {
    if (id !== null) expect(set.has(id) ? 'found' : `${what} ${id} missing`).toBe('found');
  };

  it('ids are unique across the whole data set', () => {
    const all = ENTITY_NAMES.flatMap((name) => records[name].map((r) => r.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it('cases, notes, follow-ups and history point to existing cases, members, items and concerns', () => {
    for (const c of records.cases) {
      c.responsibleIds.forEach((id) => expectIn(ids.members, id, 'responsible'));
      c.concernIds.forEach((id) => expectIn(ids.concerns, id, 'concern'));
    }
    for (const n of records.caseNotes) {
      expectIn(ids.cases, n.caseId, 'note case');
      expectIn(ids.members, n.authorId, 'note author');
    }
    for (const f of records.followUps) {
      expectIn(ids.cases, f.caseId, 'follow-up case');
      expectIn(ids.agendaItems, f.agendaItemId, 'follow-up item');
      expectIn(ids.members, f.ownerId, 'follow-up owner');
    }
    for (const h of records.history) {
      expectIn(ids.cases, h.caseId, 'history case');
      expectIn(ids.members, h.memberId, 'history member');
      const target = h.kind.startsWith('case_') ? ids.cases : h.kind.startsWith('follow_up_') ? ids.followUps : ids.concerns;
      expectIn(target, h.entityId, `${h.kind} entity`);
    }
  });

  it('meetings and agenda items point to existing meetings, items, cases, concerns and members', () => {
    for (const m of records.meetings) {
      expectIn(ids.members, m.moderatorId, 'moderator');
      expectIn(ids.members, m.minuteTakerId, 'minute-taker');
      expectIn(ids.meetings, m.carriedToId, 'carried to');
      expectIn(ids.meetings, m.minutesApprovedInId, 'approved in');
      m.attendance.forEach((a) => expectIn(ids.members, a.memberId, 'attendee'));
      m.guests.forEach((g) => expectIn(ids.agendaItems, g.agendaItemId, 'guest item'));
      m.amendments.forEach((a) => expectIn(ids.members, a.memberId, 'amendment author'));
    }
    const itemMeeting = new Map(records.agendaItems.map((i) => [i.id, i.meetingId]));
    for (const i of records.agendaItems) {
      expectIn(ids.meetings, i.meetingId, 'item meeting');
      expectIn(ids.agendaItems, i.parentId, 'parent item');
      if (i.parentId !== null) expect(itemMeeting.get(i.parentId)).toBe(i.meetingId);
      expectIn(ids.agendaItems, i.carriedFromId, 'carried from');
      expectIn(ids.concerns, i.concernId, 'item concern');
      expectIn(ids.members, i.presenterId, 'presenter');
      i.caseIds.forEach((id) => expectIn(ids.cases, id, 'item case'));
    }
  });

  it('cases and concerns agree on which cases an Anliegen gathers', () => {
    const fromCases = records.cases.flatMap((c) => c.concernIds.map((concernId) => `${concernId}/${c.id}`)).sort();
    const fromConcerns = records.concerns.flatMap((c) => c.caseIds.map((caseId) => `${c.id}/${caseId}`)).sort();
    expect(fromConcerns).toEqual(fromCases);
    expect(fromCases.length).toBeGreaterThan(0);
  });
});

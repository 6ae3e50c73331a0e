import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../renderer/db/database';
import { eraseCase, updateCase } from '../../renderer/db/repositories/cases';
import { listConflicts, resolveRecordConflict } from '../../renderer/exchange/conflicts';
import { planExport } from '../../renderer/exchange/exportFile';
import { applyImport, describeFile, prepareImport } from '../../renderer/exchange/importFile';
import { importMemberCard, myMemberCard } from '../../renderer/exchange/keys';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import { setClock } from '../../renderer/platform/clock';
import { insertRecord, patchRecord, writeTransaction } from '../../renderer/db/write';
import { createMemberKeys } from '../../shared/exchange';
import { agendaItemContentSchema, emptyAgendaItemContent } from '../../shared/model/agendaItem';
import { caseNoteContentSchema } from '../../shared/model/caseNote';
import { erasedFollowUpContent, followUpContentSchema } from '../../shared/model/followUp';
import { emptyMeetingContent, meetingContentSchema } from '../../shared/model/meeting';
import { memberContentSchema } from '../../shared/model/member';
import {
  addCase,
  becomeMember,
  cloneDevice,
  codeOf,
  exportFile,
  fakeKeychain,
  importFile,
  membersWhoKnowEachOther,
  must,
  resetDevices,
  syncedData,
  useDevice,
  wholeDatabase,
} from './exchange.support';

// Two or three laptops in one test (see exchange.support.ts), each with its own
// member, keys and device clock, exchanging real age files through the services
// the Austausch screen uses.

let wall = Date.UTC(2026, 2, 3, 18, 0, 0);

beforeEach(async () => {
  // Every read of the clock moves it on a little, as real time would.
  setClock(() => (wall += 7));
  setSecretProtector(fakeKeychain());
  await resetDevices();
});
afterEach(() => {
  setClock();
  setSecretProtector();
});

describe('a round trip between two laptops', () => {
  test('everything Anna exported arrives at Ben, signed by a member Ben knows', async () => {
    const ids = await membersWhoKnowEachOther(['anna', 'ben']);
    await useDevice('anna');
    const caseId = await addCase('RT-2026-001', 'Wohnungssuche Familie');
    const bytes = await exportFile();
    expect(describeFile(bytes)).toEqual({ ok: true, data: { needs: 'identity' } });

    await useDevice('ben');
    const { preview, summary } = await importFile(bytes);
    expect(preview.signature).toEqual({ status: 'valid-known', memberId: ids.anna, memberName: 'anna' });
    expect(preview.envelopeSummary.member).toEqual({ id: ids.anna, name: 'anna' });
    expect(preview.perEntity.cases).toEqual({ added: 1, changed: 0, deleted: 0, conflicts: 0, unchanged: 0 });
    expect(summary.totals.added).toBeGreaterThanOrEqual(1);
    expect(summary.undoable).toBe(true);
    expect((await db.cases.get(caseId))?.title).toBe('Wohnungssuche Familie');
    expect(await db.settings.get('lastExchangeAt')).toBeDefined();
  });

  test('files crossing both ways leave both laptops with identical data (A into B equals B into A)', async () => {
    await membersWhoKnowEachOther(['anna', 'ben']);
    await useDevice('anna');
    await addCase('RT-2026-001', 'Wohnungssuche');
    const fromAnna = await exportFile();
    await useDevice('ben');
    await addCase('RT-2026-002', 'Sprachkurs');
    const fromBen = await exportFile();

    await importFile(fromAnna);
    const ben = await syncedData();
    await useDevice('anna');
    await importFile(fromBen);
    expect(await syncedData()).toBe(ben);
    expect(await db.cases.count()).toBe(2);
  });

  test('importing the same file twice changes nothing the second time', async () => {
    await membersWhoKnowEachOther(['anna', 'ben']);
    await useDevice('anna');
    await addCase('RT-2026-001', 'Wohnungssuche');
    const bytes = await exportFile();
    await useDevice('ben');
    await importFile(bytes);
    const once = await syncedData();

    const { preview, summary } = await importFile(bytes);
    expect(preview.totals.added + preview.totals.changed + preview.totals.deleted + preview.totals.conflicts).toBe(0);
    expect(summary.undoable).toBe(false);
    expect(await syncedData()).toBe(once);
  });

  test('the order of imports does not matter on a third laptop', async () => {
    await membersWhoKnowEachOther(['anna', 'ben', 'carla']);
    await useDevice('anna');
    const shared = await addCase('RT-2026-001', 'Wohnungssuche');
    const first = await exportFile();
    await useDevice('ben');
    await importFile(first);
    must(await updateCase(shared, { urgency: 'high', title: 'Wohnungssuche (Ben)' }));
    const fromBen = await exportFile();
    await useDevice('anna');
    must(await updateCase(shared, { title: 'Wohnungssuche, Frist im April' }));
    const fromAnna = await exportFile();

    await cloneDevice('carla', 'carla-twin');
    await useDevice('carla');
    await importFile(fromAnna);
    await importFile(fromBen);
    const annaThenBen = await syncedData();
    await useDevice('carla-twin');
    await importFile(fromBen);
    await importFile(fromAnna);
    expect(await syncedData()).toBe(annaThenBen);
    expect((await db.cases.get(shared))?.urgency).toBe('high');
  });
});

describe('conflicts', () => {
  test('the same field edited on both laptops shows in Konflikte on both, and the choice travels', async () => {
    await membersWhoKnowEachOther(['anna', 'ben']);
    await useDevice('anna');
    const caseId = await addCase('RT-2026-001', 'Wohnungssuche');
    const initial = await exportFile();
    await useDevice('ben');
    await importFile(initial);

    must(await updateCase(caseId, { title: 'Wohnung gefunden?', urgency: 'high' }));
    const fromBen = await exportFile();
    await useDevice('anna');
    must(await updateCase(caseId, { title: 'Wohnungssuche dringend' }));
    const fromAnna = await exportFile();

    const { preview } = await importFile(fromBen);
    expect(preview.perEntity.cases.conflicts).toBe(1);
    await useDevice('ben');
    await importFile(fromAnna);
    const onBen = await listConflicts();
    await useDevice('anna');
    const onAnna = await listConflicts();
    expect(onAnna).toEqual(onBen);
    expect(onAnna).toHaveLength(1);
    expect(onAnna[0]).toMatchObject({ table: 'cases', recordId: caseId, caseId, field: 'title', label: expect.stringContaining('RT-2026-001') });
    expect(onAnna[0]?.versions.map((v) => v.value).sort()).toEqual(['Wohnung gefunden?', 'Wohnungssuche dringend']);
    // The other field was edited on one side only: merged without a conflict.
    expect((await db.cases.get(caseId))?.urgency).toBe('high');

    must(await resolveRecordConflict('cases', caseId, 'title', 'Wohnung gefunden?'));
    expect(await listConflicts()).toEqual([]);
    const settled = await exportFile();
    await useDevice('ben');
    await importFile(settled);
    expect(await listConflicts()).toEqual([]);
    expect((await db.cases.get(caseId))?.title).toBe('Wohnung gefunden?');
  });

  test('a choice the schema refuses is not written', async () => {
    await membersWhoKnowEachOther(['anna', 'ben']);
    await useDevice('anna');
    const caseId = await addCase('RT-2026-001', 'Wohnungssuche');
    const before = await wholeDatabase();
    expect(codeOf(await resolveRecordConflict('cases', caseId, 'urgency', 'sofort'))).toBe('validation/invalid');
    expect(codeOf(await resolveRecordConflict('cases', 'no-such-case-id', 'title', 'x'))).toBe('db/not-found');
    expect(await wholeDatabase()).toBe(before);
  });
});

describe('signatures', () => {
  test('a file from a signer nobody introduced needs an explicit confirmation, then the signer is known', async () => {
    await membersWhoKnowEachOther(['anna', 'ben']);
    await useDevice('carla');
    await becomeMember('carla');
    await useDevice('ben');
    const benCard = must(await myMemberCard());
    await useDevice('carla');
    must(await importMemberCard(benCard));
    await addCase('RT-2026-009', 'Kita-Platz');
    const fromCarla = await exportFile();

    await useDevice('ben');
    const before = await wholeDatabase();
    const preview = must(await prepareImport(fromCarla, { mode: 'identity' }));
    expect(preview.signature.status).toBe('valid-unknown');
    expect(preview.envelopeSummary.member?.name).toBe('carla');
    expect(codeOf(await applyImport(preview, { confirmUnknownSigner: false }))).toBe('exchange/unknown-signer');
    expect(await wholeDatabase()).toBe(before);

    must(await applyImport(preview, { confirmUnknownSigner: true }));
    expect(await db.cases.count()).toBe(1);
    const again = must(await prepareImport(fromCarla, { mode: 'identity' }));
    expect(again.signature).toMatchObject({ status: 'valid-known', memberName: 'carla' });
  });
});

describe('member keys in files', () => {
  test('a file that would change known keys, mine included, says so in the preview', async () => {
    const ids = await membersWhoKnowEachOther(['anna', 'ben']);
    await useDevice('ben');
    const plainFile = await exportFile();
    await useDevice('anna');
    expect(must(await prepareImport(plainFile, { mode: 'identity' })).keyChanges).toEqual([]);

    // Ben (or whoever holds his laptop) swaps Anna's signing key for one of his own.
    await useDevice('ben');
    const other = await createMemberKeys();
    await writeTransaction([db.members], () => patchRecord(db.members, memberContentSchema, ids.anna as string, { signingKey: other.signingPublicKey }));
    const forged = await exportFile();
    await useDevice('anna');
    const preview = must(await prepareImport(forged, { mode: 'identity' }));
    expect(preview.keyChanges).toEqual([{ memberId: ids.anna, name: 'anna', isMe: true }]);
  });
});

describe('scopes', () => {
  test('a meeting packet carries the agenda, the cases it discusses with their follow-ups, and no notes', async () => {
    await membersWhoKnowEachOther(['anna']);
    const discussed = await addCase('RT-2026-001', 'Wohnungssuche');
    await addCase('RT-2026-002', 'Nicht auf der Tagesordnung');
    const meetingId = await writeTransaction([db.meetings, db.agendaItems, db.followUps, db.caseNotes], async () => {
      const id = await insertRecord(db.meetings, meetingContentSchema, emptyMeetingContent('2026-03-10', '18:00', 120, 'Rathaus'));
      await insertRecord(db.agendaItems, agendaItemContentSchema, { ...emptyAgendaItemContent(id, 'Fall RT-2026-001', 'case', 1), caseIds: [discussed] });
      await insertRecord(db.agendaItems, agendaItemContentSchema, emptyAgendaItemContent(id, 'Bericht Sprachcafé', 'report', 2));
      await insertRecord(db.followUps, followUpContentSchema, { ...erasedFollowUpContent(discussed), title: 'Wohnungsamt anrufen' });
      await insertRecord(db.caseNotes, caseNoteContentSchema, { caseId: discussed, date: '2026-03-02', authorId: null, text: 'Intern', revisions: [] });
      return id;
    });
    const plan = must(await planExport({ kind: 'meeting', meetingId }));
    expect(plan.counts).toMatchObject({ meetings: 1, agendaItems: 2, cases: 1, followUps: 1, caseNotes: 0, history: 0, members: 1 });
    const bytes = await exportFile({ kind: 'meeting', meetingId });
    expect(bytes.length).toBeGreaterThan(0);
  });


  test('selected cases carry their notes-side records and members, never other cases, and delete nothing elsewhere', async () => {
    const ids = await membersWhoKnowEachOther(['anna', 'ben']);
    await useDevice('anna');
    const wanted = await addCase('RT-2026-001', 'Wohnungssuche');
    await addCase('RT-2026-002', 'Sprachkurs');
    must(await updateCase(wanted, { responsibleIds: [ids.ben as string], status: 'in_progress' }));
    const plan = must(await planExport({ kind: 'cases', caseIds: [wanted] }));
    expect(plan.counts.cases).toBe(1);
    expect(plan.counts.history).toBe(1);
    expect(plan.counts.members).toBe(2);
    expect(plan.recipients.map((r) => r.name)).toEqual(['anna', 'ben']);
    const scoped = await exportFile({ kind: 'cases', caseIds: [wanted] });

    await useDevice('ben');
    const own = await addCase('RT-2026-050', 'Nur bei Ben');
    const { preview } = await importFile(scoped);
    expect(preview.envelopeSummary.scope).toEqual({ kind: 'cases', caseIds: [wanted] });
    expect((await db.cases.toArray()).map((c) => c.id).sort()).toEqual([wanted, own].sort());
    expect((await db.cases.get(own))?.deleted).toBeNull();
  });

  test('planning an unknown case or an empty selection fails with a code', async () => {
    await membersWhoKnowEachOther(['anna']);
    expect(codeOf(await planExport({ kind: 'cases', caseIds: ['0197a000-0000-7000-8000-0000000000ff'] }))).toBe('db/not-found');
    expect(codeOf(await planExport({ kind: 'cases', caseIds: [] }))).toBe('validation/invalid');
    expect(codeOf(await planExport({ kind: 'meeting', meetingId: '0197a000-0000-7000-8000-0000000000ff' }))).toBe('db/not-found');
  });
});

describe('erasure', () => {
  test('an erased case reaches the other laptop as a tombstone without its content', async () => {
    await membersWhoKnowEachOther(['anna', 'ben']);
    await useDevice('anna');
    const caseId = await addCase('RT-2026-001', 'Wohnungssuche');
    const first = await exportFile();
    await useDevice('ben');
    await importFile(first);
    await useDevice('anna');
    must(await eraseCase(caseId));
    const erased = await exportFile();

    await useDevice('ben');
    const { preview } = await importFile(erased);
    expect(preview.perEntity.cases.deleted).toBe(1);
    const tombstone = await db.cases.get(caseId);
    expect(tombstone?.deleted).not.toBeNull();
    expect(JSON.stringify(tombstone)).not.toContain('Wohnungssuche');
  });
});

import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { emptyCaseContent, type CaseContent } from '../../shared/model/case';
import { followUpContentSchema, type FollowUpContent } from '../../shared/model/followUp';
import { db } from '../../renderer/db/database';
import { listCaseIdsWithOverdueFollowUps, listCases, listCustomTopics, listTrashedCases } from '../../renderer/db/queries/cases';
import { listCaseNotes, readNoteTextPage } from '../../renderer/db/queries/caseNotes';
import { listCaseHistory } from '../../renderer/db/queries/history';
import { addCaseNote, correctCaseNote } from '../../renderer/db/repositories/caseNotes';
import { closeCase, createCase, eraseCase, reopenCase, restoreCase, trashCase, updateCase } from '../../renderer/db/repositories/cases';
import { appendHistoryEntry } from '../../renderer/db/repositories/history';
import { writeSetting } from '../../renderer/db/repositories/settings';
import { insertRecord, writeTransaction } from '../../renderer/db/write';
import { fieldErrorOf } from '../../renderer/i18n/errors';
import { setClock } from '../../renderer/platform/clock';

const MEMBER_A = '01900000-0000-7000-8000-00000000000a';
const MEMBER_B = '01900000-0000-7000-8000-00000000000b';

function content(code: string, extra: Partial<CaseContent> = {}): CaseContent {
  return { ...emptyCaseContent(code, '2026-03-15'), title: 'Wohnungssuche', topics: ['housing'], summary: 'Familie sucht Wohnung.', ...extra };
}

async function created(code = 'RT-2026-001', extra: Partial<CaseContent> = {}): Promise<string> {
  const result = await createCase(content(code, extra));
  if (!result.ok) throw new Error(`create failed: ${result.error.code} ${result.error.message}`);
  return result.data;
}

function followUp(caseId: string, extra: Partial<FollowUpContent> = {}): FollowUpContent {
  return {
    title: 'Termin beim Jobcenter vereinbaren',
    details: 'Unterlagen mitnehmen',
    caseId,
    agendaItemId: null,
    ownerId: MEMBER_A,
    dueOn: '2026-03-20',
    status: 'open',
    waitingOnThirdParty: false,
    blockedReason: '',
    blockedCategory: null,
    completionNote: '',
    lightOverride: null,
    ...extra,
  };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  setClock(() => Date.parse('2026-03-16T09:30:00Z'));
  await writeSetting('currentMemberId', MEMBER_A);
});

afterEach(() => setClock());

describe('case status and its history', () => {
  test('a status change writes one history entry with who, from and to', async () => {
    const id = await created();
    expect((await updateCase(id, { status: 'in_progress', title: 'Wohnungssuche, Frist läuft' })).ok).toBe(true);
    expect((await updateCase(id, { title: 'Nur der Titel' })).ok).toBe(true);
    const history = await listCaseHistory(id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ kind: 'case_status', entityId: id, caseId: id, from: 'new', to: 'in_progress', memberId: MEMBER_A });
    expect(history[0]?.at).toBe('2026-03-16T09:30:00.000Z');
  });

  test('the status change and its history entry are one transaction: no entry, no change', async () => {
    const id = await created();
    const refuse = () => {
      throw new Error('history store refused the write');
    };
    db.history.hook('creating', refuse);
    try {
      const result = await updateCase(id, { status: 'waiting' });
      expect(result.ok).toBe(false);
    } finally {
      db.history.hook('creating').unsubscribe(refuse);
    }
    expect((await db.cases.get(id))?.status).toBe('new');
    expect(await db.history.count()).toBe(0);
  });

  test('closing needs a day and a reason; reopening clears the day and keeps the reason in the history', async () => {
    const id = await created();
    const noReason = await closeCase(id, { closedOn: '2026-03-16', reason: '   ' });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(fieldErrorOf(noReason.error)).toEqual({ field: 'closingReason', key: 'validation.required' });
    const noDay = await updateCase(id, { status: 'closed', closingReason: 'Wohnung gefunden' });
    expect(noDay.ok).toBe(false);
    if (!noDay.ok) expect(fieldErrorOf(noDay.error)).toEqual({ field: 'closedOn', key: 'validation.required' });
    expect((await db.cases.get(id))?.status).toBe('new');
    expect(await db.history.count()).toBe(0);

    expect((await closeCase(id, { closedOn: '2026-03-16', reason: 'Wohnung gefunden' })).ok).toBe(true);
    expect(await db.cases.get(id)).toMatchObject({ status: 'closed', closedOn: '2026-03-16', closingReason: 'Wohnung gefunden' });
    expect((await reopenCase(id)).ok).toBe(true);
    expect(await db.cases.get(id)).toMatchObject({ status: 'in_progress', closedOn: null, closingReason: '' });
    const kinds = (await listCaseHistory(id)).map((e) => [e.kind, e.from, e.to, e.reason]);
    expect(kinds).toEqual([
      ['case_closed', 'new', 'closed', 'Wohnung gefunden'],
      ['case_reopened', 'closed', 'in_progress', ''],
    ]);
  });
});

describe('timeline notes', () => {
  test('a note is written by the current member; a correction keeps the earlier text', async () => {
    const id = await created();
    const added = await addCaseNote(id, { date: '2026-03-16', text: 'Besichtigung am Montag' });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect((await listCaseNotes(id))[0]).toMatchObject({ authorId: MEMBER_A, date: '2026-03-16', revisions: [] });

    setClock(() => Date.parse('2026-03-17T08:00:00Z'));
    const corrected = await correctCaseNote(added.data, 'Besichtigung am Dienstag');
    expect(corrected.ok).toBe(true);
    const [note] = await listCaseNotes(id);
    expect(note?.text).toBe('Besichtigung am Dienstag');
    expect(note?.revisions).toEqual([{ text: 'Besichtigung am Montag', replacedAt: '2026-03-17T08:00:00.000Z' }]);
  });

  test('only the author may correct a note', async () => {
    const id = await created();
    const added = await addCaseNote(id, { date: '2026-03-16', text: 'Antrag gestellt' });
    if (!added.ok) throw new Error('note not added');
    await writeSetting('currentMemberId', MEMBER_B);
    const refused = await correctCaseNote(added.data, 'Antrag abgelehnt');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('validation/invalid');
    const [note] = await listCaseNotes(id);
    expect(note).toMatchObject({ text: 'Antrag gestellt', revisions: [] });
  });

  test('an empty note is refused with the message at its text', async () => {
    const id = await created();
    const empty = await addCaseNote(id, { date: '2026-03-16', text: '  ' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(fieldErrorOf(empty.error)).toEqual({ field: 'text', key: 'validation.required' });
  });
});

describe('recycle bin and erasure', () => {
  test('trash takes a case out of the list, restore brings it back, both in the history', async () => {
    const id = await created();
    expect((await trashCase(id)).ok).toBe(true);
    expect(await listCases()).toEqual([]);
    expect((await listTrashedCases()).map((c) => c.id)).toEqual([id]);
    expect((await restoreCase(id)).ok).toBe(true);
    expect((await listCases()).map((c) => c.id)).toEqual([id]);
    expect(await listTrashedCases()).toEqual([]);
    expect((await listCaseHistory(id)).map((e) => e.kind)).toEqual(['case_trashed', 'case_restored']);
  });

  test('erasing leaves only tombstones without content: case, notes, history and follow-ups', async () => {
    const id = await created('RT-2026-007', { topics: ['housing', 'Schulden'] });
    const other = await created('RT-2026-008');
    await addCaseNote(id, { date: '2026-03-16', text: 'Vermieter verlangt Kaution' });
    await addCaseNote(other, { date: '2026-03-16', text: 'Anderer Fall bleibt' });
    await updateCase(id, { status: 'waiting' });
    const followUpId = await writeTransaction([db.followUps, db.history], async () => {
      const fid = await insertRecord(db.followUps, followUpContentSchema, followUp(id));
      await appendHistoryEntry({ kind: 'follow_up_created', entityId: fid, caseId: id, from: null, to: 'open', light: 'green' });
      // An entry about the follow-up without the case link must go too.
      await appendHistoryEntry({ kind: 'follow_up_status', entityId: fid, caseId: null, from: 'open', to: 'blocked', reason: 'Jobcenter antwortet nicht' });
      return fid;
    });
    await trashCase(id);

    expect((await eraseCase(id)).ok).toBe(true);

    const tombstones = [
      await db.cases.get(id),
      ...(await db.caseNotes.where('caseId').equals(id).toArray()),
      await db.followUps.get(followUpId),
      ...(await db.history.toArray()).filter((e) => e.entityId === id || e.entityId === followUpId),
    ];
    // The case, its note, its follow-up; history: status, trashed, follow-up created and its status change.
    expect(tombstones).toHaveLength(1 + 1 + 1 + 4);
    for (const record of tombstones) expect(record?.deleted, JSON.stringify(record)).not.toBeNull();
    const stored = JSON.stringify(tombstones);
    for (const word of ['Wohnung', 'Familie', 'RT-2026-007', 'Schulden', 'Kaution', 'Jobcenter', 'Unterlagen', 'Jobcenter antwortet', MEMBER_A]) {
      expect(stored).not.toContain(word);
    }
    // The other case and its note are untouched; the erased case is nowhere to be listed or found.
    expect((await listCases()).map((c) => c.id)).toEqual([other]);
    expect(await listTrashedCases()).toEqual([]);
    expect(await listCaseHistory(id)).toEqual([]);
    expect((await readNoteTextPage(null, 100)).texts.map(([, text]) => text)).toEqual(['Anderer Fall bleibt']);
    expect(await listCustomTopics()).toEqual([]);
  });
});

describe('list helpers', () => {
  test('cases with an overdue, unfinished follow-up are found; done, future and erased ones are not', async () => {
    const overdue = await created('RT-2026-001');
    const done = await created('RT-2026-002');
    const future = await created('RT-2026-003');
    await writeTransaction([db.followUps], async () => {
      await insertRecord(db.followUps, followUpContentSchema, followUp(overdue, { dueOn: '2026-03-10' }));
      await insertRecord(db.followUps, followUpContentSchema, followUp(done, { dueOn: '2026-03-10', status: 'done' }));
      await insertRecord(db.followUps, followUpContentSchema, followUp(future, { dueOn: '2026-03-30' }));
    });
    expect([...(await listCaseIdsWithOverdueFollowUps('2026-03-16'))]).toEqual([overdue]);
    await eraseCase(overdue);
    expect([...(await listCaseIdsWithOverdueFollowUps('2026-03-16'))]).toEqual([]);
  });

  test('topic areas users added on any case are offered, the known ones are not repeated', async () => {
    await created('RT-2026-001', { topics: ['housing', 'Schulden'] });
    await created('RT-2026-002', { topics: ['Ehrenamt', 'work'] });
    expect(await listCustomTopics()).toEqual(['Ehrenamt', 'Schulden']);
  });
});

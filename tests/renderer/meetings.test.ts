import { beforeEach, describe, expect, test } from 'vitest';
import { numberAgenda } from '../../shared/agenda/numbering';
import type { Result } from '../../shared/errors/result';
import type { StandingItem } from '../../shared/meetings/rule';
import { db } from '../../renderer/db/database';
import { agendaEntriesForCase, listAgendaItems, listPendingAdjourned } from '../../renderer/db/queries/agendaItems';
import { getMeeting } from '../../renderer/db/queries/meetings';
import {
  acceptProposal,
  addAgendaItem,
  moveItem,
  recordOutcome,
  removeAgendaItem,
  setItemResult,
  updateAgendaItem,
  type AgendaItemDraft,
} from '../../renderer/db/repositories/agendaItems';
import {
  addAmendment,
  approveMinutes,
  cancelMeeting,
  createMeeting,
  finaliseMinutes,
  MEETING_LOCKED,
  readMeetingRule,
  saveGuest,
  saveMeetingRule,
  saveMinutesDraft,
  setAttendance,
  updateMeeting,
} from '../../renderer/db/repositories/meetings';

const STANDING: StandingItem[] = [
  { title: 'Begrüßung und Feststellung der Tagesordnung', kind: 'organisational', plannedMinutes: 5, isPublic: true },
  { title: 'Genehmigung des Protokolls der letzten Sitzung', kind: 'organisational', plannedMinutes: 5, isPublic: true },
];

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

function draft(title: string, over: Partial<AgendaItemDraft> = {}): AgendaItemDraft {
  return {
    title,
    kind: 'report',
    caseIds: [],
    concernId: null,
    presenterId: null,
    plannedMinutes: 10,
    isPublic: true,
    interpreterLanguage: null,
    affectedPersonSpeaks: false,
    moderationNotes: '',
    ...over,
  };
}

async function meeting(date: string): Promise<string> {
  return unwrap(await createMeeting({ date, startTime: '18:00', plannedMinutes: 120, place: 'Rathaus', moderatorId: null, minuteTakerId: null }, STANDING));
}

async function titlesInOrder(meetingId: string): Promise<string[]> {
  return numberAgenda(await listAgendaItems(meetingId)).map((n) => `${n.number} ${n.item.title}`);
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('meetings and their agenda on IndexedDB', () => {
  test('a new meeting opens with the standing items, and new items are numbered after them', async () => {
    const id = await meeting('2026-04-14');
    unwrap(await addAgendaItem(id, draft('Bericht aus dem Gemeinderat')));
    expect(await titlesInOrder(id)).toEqual([
      '1 Begrüßung und Feststellung der Tagesordnung',
      '2 Genehmigung des Protokolls der letzten Sitzung',
      '3 Bericht aus dem Gemeinderat',
    ]);
    const standing = (await listAgendaItems(id)).filter((i) => i.standing);
    expect(standing).toHaveLength(2);
  });

  test('a Fallbesprechung is stored non-public, however it is created or changed', async () => {
    const id = await meeting('2026-04-14');
    const itemId = unwrap(await addAgendaItem(id, draft('RT-2026-014 – Wohnung', { kind: 'case', isPublic: true, caseIds: ['c1'] })));
    expect((await db.agendaItems.get(itemId))?.isPublic).toBe(false);
    unwrap(await updateAgendaItem(itemId, { isPublic: true }));
    expect((await db.agendaItems.get(itemId))?.isPublic).toBe(false);
    const report = unwrap(await addAgendaItem(id, draft('Bericht', { isPublic: true })));
    unwrap(await updateAgendaItem(report, { kind: 'case' }));
    expect((await db.agendaItems.get(report))?.isPublic).toBe(false);
    const proposed = unwrap(
      await acceptProposal(id, { key: 'case:c2', kind: 'case', title: 'RT-2026-015 – Nachzug', caseIds: ['c2'], followUpIds: [], reasons: ['marked_for_meeting'], carriedFromId: null }, 'Aufgaben'),
    );
    expect(await db.agendaItems.get(proposed)).toMatchObject({ kind: 'case', isPublic: false, caseIds: ['c2'] });
  });

  test('keyboard moves renumber, and removing a parent keeps its sub-items in its place', async () => {
    const id = await meeting('2026-04-14');
    const a = unwrap(await addAgendaItem(id, draft('A')));
    const b = unwrap(await addAgendaItem(id, draft('B')));
    expect(unwrap(await moveItem(b, 'up'))).toBe(true);
    expect(unwrap(await moveItem(a, 'indent'))).toBe(true);
    expect(await titlesInOrder(id)).toEqual(['1 Begrüßung und Feststellung der Tagesordnung', '2 Genehmigung des Protokolls der letzten Sitzung', '3 B', '3.1 A']);
    unwrap(await removeAgendaItem(b));
    expect((await titlesInOrder(id)).slice(2)).toEqual(['3 A']);
  });

  test('an item guest goes on the meeting guest list and counts as not yet invited', async () => {
    const id = await meeting('2026-04-14');
    const itemId = unwrap(await addAgendaItem(id, draft('Jobcenter berichtet', { kind: 'guest' }), { organisation: 'Jobcenter Konstanz', role: 'Teamleitung' }));
    expect((await db.agendaItems.get(itemId))?.guest).toBe('Jobcenter Konstanz, Teamleitung');
    expect((await getMeeting(id))?.guests).toEqual([
      expect.objectContaining({ organisation: 'Jobcenter Konstanz', role: 'Teamleitung', agendaItemId: itemId, invited: false }),
    ]);
    unwrap(await updateAgendaItem(itemId, {}, null));
    expect((await getMeeting(id))?.guests).toEqual([]);
  });

  test('moving a meeting keeps its agenda; cancelling carries open items to the next meeting, nothing lost', async () => {
    const first = await meeting('2026-04-14');
    const open = unwrap(await addAgendaItem(first, draft('RT-2026-014 – Wohnung', { kind: 'case', caseIds: ['c1'] }), { organisation: 'Caritas', role: 'Beratung' }));
    const child = unwrap(await addAgendaItem(first, draft('Unterpunkt')));
    unwrap(await moveItem(child, 'indent'));
    const done = unwrap(await addAgendaItem(first, draft('Erledigtes')));
    unwrap(await setItemResult(done, 'done'));

    unwrap(await updateMeeting(first, { date: '2026-04-21', startTime: '18:30' }));
    expect(await getMeeting(first)).toMatchObject({ date: '2026-04-21', startTime: '18:30' });
    expect(await listAgendaItems(first)).toHaveLength(5);

    unwrap(await saveGuest(first, { organisation: 'Diakonie', role: '', agendaItemId: null, invited: true, presence: null, arrivedAt: null, leftAt: null }));
    const target = unwrap(await cancelMeeting(first, { kind: 'new', date: '2026-05-12', startTime: '18:00', standingItems: STANDING }));
    expect(await getMeeting(first)).toMatchObject({ state: 'cancelled', carriedToId: target });
    expect(await titlesInOrder(target)).toEqual([
      '1 Begrüßung und Feststellung der Tagesordnung',
      '2 Genehmigung des Protokolls der letzten Sitzung',
      '3 RT-2026-014 – Wohnung',
      '3.1 Unterpunkt',
    ]);
    const carried = (await listAgendaItems(target)).find((i) => i.title === 'RT-2026-014 – Wohnung');
    expect(carried).toMatchObject({ carriedFromId: open, isPublic: false, caseIds: ['c1'], result: 'open' });
    expect((await getMeeting(target))?.guests).toEqual([
      expect.objectContaining({ organisation: 'Caritas', agendaItemId: carried?.id }),
      expect.objectContaining({ organisation: 'Diakonie', agendaItemId: null, invited: true }),
    ]);
    // The cancelled meeting keeps its agenda as it was, marked vertagt, and is not proposed again.
    expect(await db.agendaItems.get(open)).toMatchObject({ result: 'adjourned', deleted: null });
    expect(await listPendingAdjourned('2026-06-09')).toEqual([]);
    // The case's timeline shows both meetings in order.
    expect((await agendaEntriesForCase('c1')).map((e) => [e.meetingDate, e.itemNumber, e.result])).toEqual([
      ['2026-04-21', '3', 'adjourned'],
      ['2026-05-12', '3', 'open'],
    ]);
    // The agenda of a cancelled meeting is closed.
    expect((await addAgendaItem(first, draft('Zu spät'))).ok).toBe(false);
  });

  test('an adjourned item is proposed for later meetings until one takes it up, keeping its history', async () => {
    const first = await meeting('2026-04-14');
    const item = unwrap(await addAgendaItem(first, draft('RT-2026-014 – Wohnung', { kind: 'case', caseIds: ['c1'] })));
    unwrap(await recordOutcome(item, 'Unterlagen fehlen noch.'));
    unwrap(await setItemResult(item, 'adjourned'));
    const second = await meeting('2026-05-12');
    const pending = await listPendingAdjourned('2026-05-12');
    expect(pending).toEqual([expect.objectContaining({ id: item, meetingDate: '2026-04-14', caseIds: ['c1'] })]);
    expect(await listPendingAdjourned('2026-04-14')).toEqual([]);
    const copy = unwrap(
      await acceptProposal(second, { key: `adjourned:${item}`, kind: 'adjourned', title: 'RT-2026-014 – Wohnung', caseIds: ['c1'], followUpIds: [], reasons: ['adjourned'], carriedFromId: item }, ''),
    );
    expect(await db.agendaItems.get(copy)).toMatchObject({ carriedFromId: item, outcome: '', result: 'open', kind: 'case', isPublic: false });
    expect(await listPendingAdjourned('2026-06-09')).toEqual([]);
    unwrap(await recordOutcome(copy, 'Wohnung gefunden.'));
    expect((await agendaEntriesForCase('c1')).map((e) => e.outcome)).toEqual(['Unterlagen fehlen noch.', 'Wohnung gefunden.']);
  });

  test('approved minutes are locked: changes are refused, corrections become amendments', async () => {
    const first = await meeting('2026-04-14');
    const item = unwrap(await addAgendaItem(first, draft('Bericht')));
    unwrap(await setAttendance(first, { memberId: 'm1', presence: 'present', arrivedAt: '18:10', leftAt: null }));
    unwrap(await saveMinutesDraft(first, '# Protokoll\n\nEntwurf'));
    const second = await meeting('2026-05-12');
    expect((await approveMinutes(first, second)).ok).toBe(false);
    unwrap(await finaliseMinutes(first));
    expect((await saveMinutesDraft(first, 'anders')).ok).toBe(false);
    unwrap(await approveMinutes(first, second));
    expect(await getMeeting(first)).toMatchObject({ minutesApprovedInId: second, minutes: '# Protokoll\n\nEntwurf' });

    const refused = [
      await saveMinutesDraft(first, 'geändert'),
      await recordOutcome(item, 'nachträglich'),
      await setAttendance(first, { memberId: 'm1', presence: 'absent', arrivedAt: null, leftAt: null }),
      await updateMeeting(first, { place: 'anderswo' }),
      await addAgendaItem(first, draft('Neu')),
    ];
    for (const result of refused) expect(result).toMatchObject({ ok: false, error: { code: 'validation/invalid' } });
    expect(refused[0]).toMatchObject({ error: { message: MEETING_LOCKED } });

    unwrap(await addAmendment(first, 'In TOP 3 muss es „Sozialamt“ heißen.'));
    const locked = await getMeeting(first);
    expect(locked?.minutes).toBe('# Protokoll\n\nEntwurf');
    expect(locked?.amendments).toEqual([expect.objectContaining({ text: 'In TOP 3 muss es „Sozialamt“ heißen.' })]);
    expect((await db.agendaItems.get(item))?.outcome).toBe('');
  });

  test('the rule for the next meeting is kept in the settings, and an invalid one is refused', async () => {
    expect(await readMeetingRule()).toBeNull();
    const rule = { recurrence: { kind: 'weekday' as const, ordinal: 2, weekday: 2 }, startTime: '18:00', plannedMinutes: 120, place: 'Rathaus', standingItems: STANDING };
    unwrap(await saveMeetingRule(rule));
    expect(await readMeetingRule()).toEqual(rule);
    expect((await saveMeetingRule({ ...rule, startTime: '25:00' })).ok).toBe(false);
  });
});

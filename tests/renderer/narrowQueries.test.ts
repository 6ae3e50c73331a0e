import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { proposeAgenda } from '../../shared/agenda/proposals';
import { sortCases } from '../../shared/cases/listQuery';
import { suggestConcerns } from '../../shared/concerns/suggest';
import { emptyCaseContent, TOPIC_AREAS } from '../../shared/model/case';
import type { FollowUpStatus } from '../../shared/model/followUp';
import { pendingAdjourned } from '../../shared/meetings/carryOver';
import { db } from '../../renderer/db/database';
import { listPendingAdjourned } from '../../renderer/db/queries/agendaItems';
import { acceptProposal, addAgendaItem, removeAgendaItem, setItemResult } from '../../renderer/db/repositories/agendaItems';
import { createMeeting } from '../../renderer/db/repositories/meetings';
import { casesWithIds, listCases, listCustomTopics, listFirstCasesByOpening } from '../../renderer/db/queries/cases';
import { listConcernSuggestions, listConcerns } from '../../renderer/db/queries/concerns';
import { listFollowUps, listFollowUpsForAgenda, listOverdueFollowUps } from '../../renderer/db/queries/followUps';
import { isOverdue } from '../../shared/followUps/trafficLight';
import { closeCase, createCase, eraseCase, trashCase } from '../../renderer/db/repositories/cases';
import { listCasesWithoutResponsible } from '../../renderer/db/queries/overview';
import { createConcern, newConcernContent, setCaseConcernLink } from '../../renderer/db/repositories/concerns';
import { createFollowUp } from '../../renderer/db/repositories/followUps';
import { createMember, setCurrentMember } from '../../renderer/db/repositories/members';
import { setClock } from '../../renderer/platform/clock';

// The queries below read only part of a table through an index; each test checks that the
// part gives the same answer the whole table gave before.

function must<T>(result: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
  return result.data;
}

async function newCase(code: string, topics: string[] = ['housing']): Promise<string> {
  return must(await createCase({ ...emptyCaseContent(code, '2026-03-01'), title: `Fall ${code}`, topics }));
}

async function newFollowUp(caseId: string | null, dueOn: string | null, status: FollowUpStatus, blockedCategory: 'authority' | 'funding' | null = null): Promise<string> {
  return must(
    await createFollowUp({
      title: `Aufgabe ${status} ${dueOn ?? 'ohne Datum'}`,
      details: '',
      caseId,
      agendaItemId: null,
      ownerId: null,
      dueOn,
      status,
      waitingOnThirdParty: false,
      blockedReason: status === 'blocked' ? 'Bescheid fehlt' : '',
      blockedCategory: status === 'blocked' ? blockedCategory : null,
      completionNote: status === 'done' ? 'erledigt' : '',
    }),
  );
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  setClock(() => new Date(2026, 2, 16, 10, 0).getTime());
  const me = must(await createMember({ name: 'Anna K.', organisation: 'Caritas', role: 'member', active: true }));
  must(await setCurrentMember(me));
});

afterEach(() => setClock());

describe('custom topic areas', () => {
  test('are found wherever they sort among the known areas, each once, in index order', async () => {
    await newCase('RT-2026-001', ['housing', 'kultur']);
    await newCase('RT-2026-002', ['zuzug', 'work', 'kultur']);
    await newCase('RT-2026-003', ['Ärger', 'Ehrenamt', 'health']);
    await newCase('RT-2026-004', [...TOPIC_AREAS]);
    const expected = [...new Set((await db.cases.toArray()).flatMap((c) => c.topics))].filter((t) => !(TOPIC_AREAS as readonly string[]).includes(t)).sort();
    expect(await listCustomTopics()).toEqual(expected);
    expect(expected).toEqual(['Ehrenamt', 'kultur', 'zuzug', 'Ärger']);
  });
});

describe('the first page of the case list', () => {
  test('is exactly the beginning of the whole list sorted by opening day, either way, also where a day spans the page end', async () => {
    const days = ['2026-03-01', '2026-03-02', '2026-03-02', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-04', '2026-03-05'];
    const ids = [];
    for (const [i, day] of days.entries()) ids.push(must(await createCase({ ...emptyCaseContent(`RT-2026-${String(20 - i).padStart(3, '0')}`, day), title: 'Fall', topics: ['housing'] })));
    must(await trashCase(ids[7] as string));
    const all = await listCases();
    for (const direction of ['ascending', 'descending'] as const) {
      const whole = sortCases(all, { column: 'openedOn', direction }).map((c) => c.id);
      for (const limit of [1, 2, 3, 4, 5, 6, 7, 20]) {
        const first = sortCases(await listFirstCasesByOpening(direction, limit), { column: 'openedOn', direction }).map((c) => c.id);
        expect(first, `${direction} ${limit}`).toEqual(whole.slice(0, first.length));
        expect(first.length).toBeLessThanOrEqual(limit);
      }
      expect((await listFirstCasesByOpening(direction, 20)).length).toBe(7);
    }
    expect((await listFirstCasesByOpening('descending', 4)).map((c) => c.openedOn)).toEqual(['2026-03-04', '2026-03-04', '2026-03-03']);
  });

  test('reads on past many cases in the recycle bin at the top of the order', async () => {
    const live = [];
    for (const day of ['2026-01-01', '2026-01-02', '2026-01-03']) live.push(must(await createCase({ ...emptyCaseContent(`RT-2026-L${day.slice(-2)}`, day), title: 'Fall', topics: ['housing'] })));
    for (let i = 0; i < 40; i++) {
      const id = must(await createCase({ ...emptyCaseContent(`RT-2026-T${String(i).padStart(2, '0')}`, `2026-02-${String(1 + (i % 28)).padStart(2, '0')}`), title: 'Fall', topics: ['housing'] }));
      must(await trashCase(id));
    }
    expect((await listFirstCasesByOpening('descending', 4)).map((c) => c.id)).toEqual([live[2], live[1], live[0]]);
    expect((await listFirstCasesByOpening('descending', 2)).map((c) => c.id)).toEqual([live[2]]);
  });
});

describe('the Übersicht', () => {
  test('lists the open cases nobody is responsible for, by code, without closed, trashed or assigned ones', async () => {
    const member = must(await createMember({ name: 'Ben', organisation: 'AWO', role: 'member', active: true }));
    const unassigned = [await newCase('RT-2026-010'), await newCase('RT-2026-002')];
    must(await createCase({ ...emptyCaseContent('RT-2026-003', '2026-03-01'), title: 'Fall', topics: ['housing'], responsibleIds: [member] }));
    must(await closeCase(await newCase('RT-2026-004'), { closedOn: '2026-03-10', reason: 'erledigt' }));
    must(await trashCase(await newCase('RT-2026-005')));
    expect((await listCasesWithoutResponsible()).map((c) => c.id)).toEqual([unassigned[1], unassigned[0]]);
  });
});

describe('cases by id', () => {
  test('reads only the named cases, without erased, trashed or unknown ones', async () => {
    const [a, b, c, d] = [await newCase('RT-2026-001'), await newCase('RT-2026-002'), await newCase('RT-2026-003'), await newCase('RT-2026-004')];
    must(await trashCase(b));
    must(await eraseCase(c));
    const found = await casesWithIds([a, b, c, 'unknown', a]);
    expect([...found.keys()]).toEqual([a]);
    expect(found.get(a)?.code).toBe('RT-2026-001');
    expect((await casesWithIds([d])).has(d)).toBe(true);
  });
});

describe('follow-ups for "Tagesordnung vorbereiten"', () => {
  test('give the same proposals as all follow-ups did, for a meeting ahead and one already past', async () => {
    const cases = [await newCase('RT-2026-001'), await newCase('RT-2026-002'), await newCase('RT-2026-003'), await newCase('RT-2026-004')];
    const [c1, c2, c3, c4] = cases as [string, string, string, string];
    await newFollowUp(c1, '2026-03-10', 'open'); // overdue
    await newFollowUp(c1, '2026-03-10', 'done'); // finished: never a reason
    await newFollowUp(c2, '2026-03-18', 'in_progress'); // due before the meeting
    await newFollowUp(c2, '2026-04-30', 'open'); // after the meeting
    await newFollowUp(c3, null, 'blocked', 'authority'); // blocked, no date
    await newFollowUp(c4, null, 'open'); // no date: no reason
    await newFollowUp(null, '2026-03-01', 'open'); // without a case
    await newFollowUp(null, '2026-03-12', 'done');
    const listed = await listCases();
    for (const meetingDate of ['2026-03-20', '2026-03-05', '2026-03-16']) {
      const input = { meetingDate, today: '2026-03-16', cases: listed, adjourned: [], alreadyOnAgenda: { caseIds: new Set<string>(), carriedFromIds: new Set<string>() } };
      const narrowed = proposeAgenda({ ...input, followUps: await listFollowUpsForAgenda(meetingDate, '2026-03-16') });
      expect(narrowed).toEqual(proposeAgenda({ ...input, followUps: await listFollowUps() }));
      expect(narrowed.length).toBeGreaterThan(0);
    }
    const read = await listFollowUpsForAgenda('2026-03-20', '2026-03-16');
    expect(read.map((f) => f.status).sort()).toEqual(['blocked', 'in_progress', 'open', 'open']);
  });
});

describe('overdue follow-ups (navigation badge, the list\'s overdue filter)', () => {
  test('are the ones all follow-ups gave, on every day around their due dates', async () => {
    const c1 = await newCase('RT-2026-001');
    const c2 = await newCase('RT-2026-002');
    await newFollowUp(c1, '2026-03-10', 'open');
    await newFollowUp(c1, '2026-03-10', 'done');
    await newFollowUp(c1, '2026-03-15', 'in_progress');
    await newFollowUp(c2, '2026-03-16', 'blocked', 'funding');
    await newFollowUp(c2, null, 'open');
    await newFollowUp(c2, null, 'blocked', 'authority');
    await newFollowUp(null, '2026-03-01', 'open');
    // A case erased for good takes its follow-ups with it (tombstones stay in the table).
    const c3 = await newCase('RT-2026-003');
    await newFollowUp(c3, '2026-03-02', 'open');
    must(await trashCase(c3));
    must(await eraseCase(c3));
    const all = await listFollowUps();
    for (const today of ['2026-03-01', '2026-03-02', '2026-03-10', '2026-03-11', '2026-03-16', '2026-03-17', '2027-01-01']) {
      const ids = (await listOverdueFollowUps(today)).map((f) => f.id).sort();
      expect(ids, today).toEqual(all.filter((f) => isOverdue(f, today)).map((f) => f.id).sort());
    }
    expect((await listOverdueFollowUps('2026-03-17')).map((f) => f.status).sort()).toEqual(['blocked', 'in_progress', 'open', 'open']);
  });
});

describe('adjourned items for "Tagesordnung vorbereiten"', () => {
  const item = (title: string) => ({ title, kind: 'case' as const, caseIds: [], concernId: null, presenterId: null, plannedMinutes: 10, isPublic: true, interpreterLanguage: null, affectedPersonSpeaks: false, moderationNotes: '' });
  const meetingOn = async (date: string) => must(await createMeeting({ date, startTime: '18:00', plannedMinutes: 120, place: 'Rathaus', moderatorId: null, minuteTakerId: null }, []));
  const adjourn = async (meetingId: string, title: string) => {
    const id = must(await addAgendaItem(meetingId, item(title)));
    must(await setItemResult(id, 'adjourned'));
    return id;
  };
  const takeUp = async (meetingId: string, carriedFromId: string) =>
    must(await acceptProposal(meetingId, { key: `adjourned:${carriedFromId}`, kind: 'adjourned', title: 'weiter', caseIds: [], followUpIds: [], reasons: ['adjourned'], carriedFromId }, ''));

  test('are the ones the whole agenda table gave: adjourned, not taken up by a live item, from an earlier meeting', async () => {
    const [april, may, june] = [await meetingOn('2026-04-14'), await meetingOn('2026-05-12'), await meetingOn('2026-06-09')];
    await adjourn(april, 'Wohnung'); // waiting
    const takenUp = await adjourn(april, 'Arbeit');
    await takeUp(may, takenUp); // taken up in May
    const again = await adjourn(april, 'Sprachkurs');
    must(await setItemResult(await takeUp(may, again), 'adjourned')); // taken up, adjourned once more: the May copy waits
    const dropped = await adjourn(april, 'Kita');
    must(await removeAgendaItem(await takeUp(june, dropped))); // the copy was removed again: still waiting
    await adjourn(may, 'Schule'); // adjourned in May
    must(await addAgendaItem(june, item('Bericht'))); // not adjourned
    const everything = async (date: string) => {
      const [items, meetings] = await Promise.all([db.agendaItems.toArray(), db.meetings.toArray()]);
      const dates = new Map(meetings.filter((m) => m.deleted === null).map((m) => [m.id, m.date]));
      return pendingAdjourned(items.filter((i) => i.deleted === null))
        .filter((i) => (dates.get(i.meetingId) ?? '9999-12-31') < date)
        .map((i) => ({ id: i.id, title: i.title, kind: i.kind, caseIds: i.caseIds, meetingDate: dates.get(i.meetingId) ?? '' }));
    };
    for (const date of ['2026-04-14', '2026-05-12', '2026-06-09', '2026-07-07']) expect(await listPendingAdjourned(date)).toEqual(await everything(date));
    expect((await listPendingAdjourned('2026-07-07')).map((i) => `${i.meetingDate} ${i.title}`).sort()).toEqual(['2026-04-14 Kita', '2026-04-14 Wohnung', '2026-05-12 Schule', '2026-05-12 Sprachkurs']);
  });
});

describe('concern suggestions on a case page', () => {
  test('match the suggestions computed from every case and follow-up', async () => {
    const [housing, work, money] = [
      must(await createConcern(newConcernContent('Wohnraum'))),
      must(await createConcern(newConcernContent('Arbeit'))),
      must(await createConcern(newConcernContent('Finanzierung'))),
    ];
    const target = await newCase('RT-2026-001', ['housing', 'work']);
    const sameTopic = await newCase('RT-2026-002', ['housing']);
    const sameBlock = await newCase('RT-2026-003', ['health']);
    const otherBlock = await newCase('RT-2026-004', ['education']);
    const trashed = await newCase('RT-2026-005', ['work']);
    must(await setCaseConcernLink(sameTopic, housing, true));
    must(await setCaseConcernLink(sameBlock, money, true));
    must(await setCaseConcernLink(otherBlock, work, true));
    must(await setCaseConcernLink(trashed, work, true));
    must(await trashCase(trashed));
    await newFollowUp(target, null, 'blocked', 'funding');
    await newFollowUp(sameBlock, null, 'blocked', 'funding');
    await newFollowUp(otherBlock, null, 'blocked', 'authority');

    const all = (await db.cases.toArray()).filter((c) => c.deleted === null && c.trashedAt === null);
    const self = all.find((c) => c.id === target);
    if (!self) throw new Error('target case missing');
    const expected = suggestConcerns(self, all, await listFollowUps(), await listConcerns());
    const suggested = await listConcernSuggestions(target);
    expect(suggested.map(({ title: _title, ...s }) => s)).toEqual(expected);
    expect(suggested.map((s) => [s.title, s.sharedTopics, s.sharedBlockCategories])).toEqual([
      ['Finanzierung', [], ['funding']],
      ['Wohnraum', ['housing'], []],
    ]);
  });
});

describe('the whole case list', () => {
  test('holds every live case of thousands once, newest first, leaving out the bin and erased cases', async () => {
    const first = await db.cases.get(await newCase('RT-2026-000'));
    if (!first) throw new Error('no case');
    // Thousands of cases, with stamps out of key order.
    const many = Array.from({ length: 2_345 }, (_, i) => ({
      ...first,
      id: `case-${String((i * 7919) % 2_345).padStart(5, '0')}`,
      code: `RT-X-${i}`,
      updatedAt: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00.000Z`,
      trashedAt: i % 500 === 499 ? '2026-03-10T10:00:00.000Z' : null,
      deleted: i % 700 === 699 ? '2026-03-11T10:00:00.000Z' : null,
    }));
    await db.cases.bulkPut(many);
    const listed = await listCases();
    const expected = [first, ...many].filter((c) => c.trashedAt === null && c.deleted === null);
    expect(listed).toHaveLength(expected.length);
    expect(new Set(listed.map((c) => c.id))).toEqual(new Set(expected.map((c) => c.id)));
    for (let i = 1; i < listed.length; i++) {
      const [a, b] = [listed[i - 1], listed[i]];
      if (!a || !b) continue;
      expect(a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.id > b.id)).toBe(true);
    }
  });
});

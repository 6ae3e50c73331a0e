import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { defaultDueOn } from '../../shared/followUps/dueDate';
import type { FollowUpContent } from '../../shared/model/followUp';
import type { HistoryEntry } from '../../shared/model/historyEntry';
import { emptyMeetingContent, type Meeting, type MeetingState } from '../../shared/model/meeting';
import { db } from '../../renderer/db/database';
import { countOverdue, listFollowUpHistory } from '../../renderer/db/queries/followUps';
import { getNextMeeting } from '../../renderer/db/queries/meetings';
import {
  changeFollowUpStatus,
  clearLightOverride,
  completeFollowUp,
  createFollowUp,
  overrideLight,
  updateFollowUp,
  type FollowUpDraft,
} from '../../renderer/db/repositories/followUps';
import { createMember, setCurrentMember } from '../../renderer/db/repositories/members';
import { writeSetting } from '../../renderer/db/repositories/settings';
import { fieldErrorOf } from '../../renderer/i18n/errors';
import { setClock } from '../../renderer/platform/clock';
import { automaticChanges } from '../../renderer/features/followUps/automaticChanges';

// 2026-03-02, 10:00 local time: every "today" in these tests.
const MONDAY = new Date(2026, 2, 2, 10, 0).getTime();

function draft(patch: Partial<FollowUpDraft> = {}): FollowUpDraft {
  return {
    title: 'Bescheid beim Sozialamt anfordern',
    details: '',
    caseId: 'case-1',
    agendaItemId: null,
    ownerId: null,
    dueOn: '2026-03-20',
    status: 'open',
    waitingOnThirdParty: false,
    blockedReason: '',
    blockedCategory: null,
    completionNote: '',
    ...patch,
  };
}

async function unwrap<T>(pending: Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

/** A stored meeting with only a date and a state that matter here. */
function emptyMeeting(id: string, date: string, state: MeetingState): Meeting {
  const meta = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deviceId: 'test-device', clock: {}, vv: {}, deleted: null, conflicts: {} };
  return { ...emptyMeetingContent(date, '18:00', 120, 'Rathaus'), state, id, ...meta };
}

let me: string;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  setClock(() => MONDAY);
  me = await unwrap(createMember({ name: 'Anna K.', organisation: 'Caritas', role: 'member', active: true }));
  await unwrap(setCurrentMember(me));
});

afterEach(() => setClock());

describe('follow-up history (the Ampeldokument)', () => {
  test('creating writes the follow-up and an "angelegt" entry together, with who, when and the light', async () => {
    const id = await unwrap(createFollowUp(draft()));
    const [created] = await listFollowUpHistory(id);
    expect(created).toMatchObject({
      kind: 'follow_up_created',
      entityId: id,
      caseId: 'case-1',
      memberId: me,
      to: 'open',
      light: 'green',
      at: new Date(MONDAY).toISOString(),
    } satisfies Partial<HistoryEntry>);
  });

  test('a status change is recorded with who, why, from and to, and the resulting light', async () => {
    const id = await unwrap(createFollowUp(draft()));
    setClock(() => MONDAY + 3_600_000);
    await unwrap(changeFollowUpStatus(id, { status: 'in_progress', reason: 'Termin vereinbart' }));
    await unwrap(completeFollowUp(id, 'Bescheid liegt vor.'));
    const entries = await listFollowUpHistory(id);
    expect(entries.map((e) => [e.kind, e.from, e.to, e.reason, e.memberId, e.light])).toEqual([
      ['follow_up_created', null, 'open', '', me, 'green'],
      ['follow_up_status', 'open', 'in_progress', 'Termin vereinbart', me, 'green'],
      ['follow_up_status', 'in_progress', 'done', 'Bescheid liegt vor.', me, 'green'],
    ]);
    expect(await db.followUps.get(id)).toMatchObject({ status: 'done', completionNote: 'Bescheid liegt vor.' });
  });

  test('blocked is refused without a reason or without a category, and nothing is written', async () => {
    const id = await unwrap(createFollowUp(draft()));
    const noReason = await changeFollowUpStatus(id, { status: 'blocked', reason: '  ', blockedCategory: 'authority' });
    const noCategory = await changeFollowUpStatus(id, { status: 'blocked', reason: 'Akte verschwunden', blockedCategory: null });
    expect(!noReason.ok && fieldErrorOf(noReason.error)).toEqual({ field: 'blockedReason', key: 'validation.required' });
    expect(!noCategory.ok && fieldErrorOf(noCategory.error)).toEqual({ field: 'blockedCategory', key: 'validation.required' });
    expect((await db.followUps.get(id))?.status).toBe('open');
    expect(await listFollowUpHistory(id)).toHaveLength(1);
    // A new follow-up cannot start blocked without them either.
    expect((await createFollowUp(draft({ status: 'blocked' }))).ok).toBe(false);
    expect(await db.followUps.count()).toBe(1);

    const blocked = await unwrap(changeFollowUpStatus(id, { status: 'blocked', reason: 'Akte verschwunden', blockedCategory: 'authority' }));
    expect(blocked).toMatchObject({ status: 'blocked', blockedReason: 'Akte verschwunden', blockedCategory: 'authority' });
    expect((await listFollowUpHistory(id)).at(-1)).toMatchObject({ kind: 'follow_up_status', to: 'blocked', reason: 'Akte verschwunden', light: 'red' });
    // Leaving blocked clears reason and category on the follow-up; the history keeps them.
    expect(await unwrap(changeFollowUpStatus(id, { status: 'in_progress' }))).toMatchObject({ blockedReason: '', blockedCategory: null });
  });

  test('a manual light needs a reason; setting and clearing it are both kept', async () => {
    const id = await unwrap(createFollowUp(draft()));
    const refused = await overrideLight(id, 'red', ' ');
    expect(!refused.ok && fieldErrorOf(refused.error)).toEqual({ field: 'reason', key: 'validation.required' });
    expect((await db.followUps.get(id))?.lightOverride).toBeNull();
    expect(await listFollowUpHistory(id)).toHaveLength(1);

    await unwrap(overrideLight(id, 'red', 'Ausländerbehörde droht mit Abschiebung'));
    expect((await db.followUps.get(id))?.lightOverride).toEqual({ light: 'red', reason: 'Ausländerbehörde droht mit Abschiebung' });
    await unwrap(clearLightOverride(id, 'Frist verlängert'));
    expect((await db.followUps.get(id))?.lightOverride).toBeNull();
    const [, set, cleared] = await listFollowUpHistory(id);
    expect(set).toMatchObject({ kind: 'follow_up_light', from: 'green', to: 'red', light: 'red', memberId: me, reason: 'Ausländerbehörde droht mit Abschiebung' });
    expect(cleared).toMatchObject({ kind: 'follow_up_light', from: 'red', to: null, light: 'green', reason: 'Frist verlängert' });
  });

  test('the history entry is written in the same transaction: a failed history write leaves the follow-up unchanged', async () => {
    const id = await unwrap(createFollowUp(draft()));
    // The disk refuses the history record (as a full disk would): the status change must not stay behind alone.
    const refuse = () => {
      throw new Error('QuotaExceededError');
    };
    db.history.hook('creating', refuse);
    try {
      const result = await changeFollowUpStatus(id, { status: 'in_progress' });
      expect(result.ok).toBe(false);
      const overridden = await overrideLight(id, 'red', 'dringend');
      expect(overridden.ok).toBe(false);
    } finally {
      db.history.hook('creating').unsubscribe(refuse);
    }
    expect(await db.followUps.get(id)).toMatchObject({ status: 'open', lightOverride: null });
    expect(await listFollowUpHistory(id)).toHaveLength(1);
  });

  test('moving the due date and "wartet auf Dritte" enter the history; other edits do not', async () => {
    const id = await unwrap(createFollowUp(draft()));
    await unwrap(updateFollowUp(id, { title: 'Bescheid anfordern', details: 'Sachbearbeiterin ist informiert.' }));
    await unwrap(updateFollowUp(id, { dueOn: '2026-03-05' }, 'Termin vorgezogen'));
    await unwrap(updateFollowUp(id, { waitingOnThirdParty: true }));
    const entries = await listFollowUpHistory(id);
    expect(entries.map((e) => [e.kind, e.from, e.to, e.reason, e.light])).toEqual([
      ['follow_up_created', null, 'open', '', 'green'],
      ['follow_up_due', '2026-03-20', '2026-03-05', 'Termin vorgezogen', 'yellow'],
      ['follow_up_waiting', 'false', 'true', '', 'yellow'],
    ]);
  });
});

describe('due dates and the light over time', () => {
  test('the default due date is the day before the next planned meeting, or none', async () => {
    expect(await getNextMeeting('2026-03-02')).toBeNull();
    expect(defaultDueOn(null, '2026-03-02')).toBeNull();
    await db.meetings.bulkAdd([
      emptyMeeting('m-past', '2026-02-10', 'held'),
      emptyMeeting('m-cancelled', '2026-03-05', 'cancelled'),
      emptyMeeting('m-next', '2026-03-12', 'planned'),
      emptyMeeting('m-later', '2026-04-09', 'planned'),
    ]);
    const next = await getNextMeeting('2026-03-02');
    expect(next?.id).toBe('m-next');
    expect(defaultDueOn(next?.date ?? null, '2026-03-02')).toBe('2026-03-11');
    // A meeting today is not "after today": the next one counts.
    expect((await getNextMeeting('2026-03-12'))?.id).toBe('m-later');
  });

  test('the overdue count follows today, and the yellow window comes from the settings', async () => {
    const late = await unwrap(createFollowUp(draft({ dueOn: '2026-03-10' })));
    const done = await unwrap(createFollowUp(draft({ dueOn: '2026-03-10', title: 'Schon erledigt' })));
    await unwrap(completeFollowUp(done, ''));
    expect(await countOverdue('2026-03-10')).toBe(0);
    expect(await countOverdue('2026-03-11')).toBe(1);
    await unwrap(writeSetting('yellowDays', 14));
    setClock(() => new Date(2026, 2, 2, 12, 0).getTime());
    await unwrap(changeFollowUpStatus(late, { status: 'in_progress' }));
    // Due in 8 days: green with 7 days, yellow with the configured 14.
    expect((await listFollowUpHistory(late)).at(-1)?.light).toBe('yellow');
  });

  test('the Ampeldokument shows the automatic turns to gelb and rot on the days they happened', () => {
    const followUp: Pick<FollowUpContent, 'status' | 'dueOn' | 'waitingOnThirdParty' | 'lightOverride'> = {
      status: 'open',
      dueOn: '2026-03-20',
      waitingOnThirdParty: false,
      lightOverride: null,
    };
    const history = [{ at: new Date(MONDAY).toISOString(), light: 'green' as const }];
    expect(automaticChanges(followUp, history, '2026-03-12', 7)).toEqual([]);
    expect(automaticChanges(followUp, history, '2026-03-13', 7)).toEqual([{ day: '2026-03-13', light: 'yellow', reason: 'due_soon' }]);
    expect(automaticChanges(followUp, history, '2026-03-25', 7)).toEqual([
      { day: '2026-03-13', light: 'yellow', reason: 'due_soon' },
      { day: '2026-03-21', light: 'red', reason: 'overdue' },
    ]);
    // Done (or set by hand) follow-ups do not change by themselves.
    expect(automaticChanges({ ...followUp, status: 'done' }, history, '2026-03-25', 7)).toEqual([]);
  });
});

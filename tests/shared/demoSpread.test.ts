import { describe, expect, it } from 'vitest';
import { generateDemoData, type DemoData } from '../../shared/demo';
import { computeLight } from '../../shared/followUps/trafficLight';
import { AGE_BANDS, CASE_CODE_PATTERN, CASE_STATUSES, TOPIC_AREAS, URGENCIES } from '../../shared/model/case';
import { BLOCK_CATEGORIES, FOLLOW_UP_STATUSES } from '../../shared/model/followUp';
import { detectPii } from '../../shared/pii';

// The demo has to look like a real round table to be worth training with and worth
// measuring: a spread of statuses, topics and lights in plausible proportions, a
// story over ten years, and German text that contains no personal data.

function demo(cases: number, seed: number): DemoData {
  const result = generateDemoData({ cases, seed });
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

const data = demo(400, 3);
const { records } = data;
const today = data.createdAt.slice(0, 10);

function share<T>(list: readonly T[], test: (item: T) => boolean): number {
  return list.filter(test).length / list.length;
}

function tally<T>(values: readonly T[]): Map<T, number> {
  const out = new Map<T, number>();
  for (const value of values) out.set(value, (out.get(value) ?? 0) + 1);
  return out;
}

describe('cases', () => {
  it('about five notes and five follow-ups per case, about fifteen members', () => {
    expect(records.cases).toHaveLength(400);
    expect(records.caseNotes.length / 400).toBeGreaterThan(4.5);
    expect(records.caseNotes.length / 400).toBeLessThan(5.5);
    expect(records.followUps.length / 400).toBeGreaterThan(4.5);
    expect(records.followUps.length / 400).toBeLessThan(6);
    expect(records.members.length).toBeGreaterThanOrEqual(14);
    expect(new Set(records.members.map((m) => m.role))).toEqual(new Set(['moderation', 'minutes', 'member', 'guest']));
  });

  it('codes are unique RT-<year>-<nnn>, numbered per year in the order cases were opened', () => {
    const codes = records.cases.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of records.cases) {
      expect(c.code).toMatch(CASE_CODE_PATTERN);
      expect(c.code).toMatch(/^RT-\d{4}-\d{3,}$/);
      expect(c.code.slice(3, 7)).toBe(c.openedOn.slice(0, 4));
    }
    const years = new Set(records.cases.map((c) => c.openedOn.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(10);
  });

  it('every status, urgency, topic area and age band occurs; most old cases are closed, recent ones open', () => {
    expect(new Set(records.cases.map((c) => c.status))).toEqual(new Set(CASE_STATUSES));
    expect(new Set(records.cases.map((c) => c.urgency))).toEqual(new Set(URGENCIES));
    expect(new Set(records.cases.flatMap((c) => c.topics))).toEqual(new Set(TOPIC_AREAS));
    expect(new Set(records.cases.map((c) => c.ageBand).filter((b) => b !== null))).toEqual(new Set(AGE_BANDS));
    const closed = share(records.cases, (c) => c.status === 'closed');
    expect(closed).toBeGreaterThan(0.6);
    expect(closed).toBeLessThan(0.95);
    const lastYear = records.cases.filter((c) => c.openedOn >= `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`);
    expect(share(lastYear, (c) => c.status !== 'closed')).toBeGreaterThan(0.5);
    expect(tally(records.cases.map((c) => c.urgency)).get('normal')).toBeGreaterThan(records.cases.length * 0.4);
  });

  it('closed cases say when and why; open ones carry Wiedervorlagen and marks for the next meeting', () => {
    for (const c of records.cases.filter((c) => c.status === 'closed')) {
      expect(c.closedOn !== null && c.closedOn >= c.openedOn && c.closingReason !== '').toBe(true);
      expect(c.markedForNextMeeting || c.resubmissionOn !== null).toBe(false);
    }
    const open = records.cases.filter((c) => c.status !== 'closed');
    expect(open.every((c) => c.closedOn === null && c.closingReason === '')).toBe(true);
    expect(share(open, (c) => c.resubmissionOn !== null)).toBeGreaterThan(0.1);
    expect(open.some((c) => c.markedForNextMeeting)).toBe(true);
    expect(new Set(records.cases.map((c) => c.regionOfOrigin)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(records.cases.map((c) => c.residenceStatus)).size).toBeGreaterThanOrEqual(7);
    expect(share(records.cases, (c) => c.interpreterNeeded)).toBeGreaterThan(0.3);
    expect(share(records.cases, (c) => c.interpreterNeeded)).toBeLessThan(0.8);
    expect(new Set(records.cases.map((c) => c.householdSize)).size).toBeGreaterThanOrEqual(8);
  });

  it('notes of a case lie between its opening and closing', () => {
    const byId = new Map(records.cases.map((c) => [c.id, c]));
    for (const note of records.caseNotes) {
      const c = byId.get(note.caseId);
      expect(c !== undefined && note.date >= c.openedOn && note.date <= (c.closedOn ?? today)).toBe(true);
    }
  });
});

describe('follow-ups', () => {
  it('lights spread like a working list: among unfinished ones most are green, some yellow, some red', () => {
    const unfinished = records.followUps.filter((f) => f.status !== 'done');
    const lights = tally(unfinished.map((f) => computeLight(f, today).light));
    const green = lights.get('green') ?? 0;
    const yellow = lights.get('yellow') ?? 0;
    const red = lights.get('red') ?? 0;
    expect(green).toBeGreaterThan(yellow);
    expect(green).toBeGreaterThan(red);
    expect(yellow / unfinished.length).toBeGreaterThan(0.08);
    expect(red / unfinished.length).toBeGreaterThan(0.08);
    expect(red / unfinished.length).toBeLessThan(0.4);
    const all = tally(records.followUps.map((f) => computeLight(f, today).light));
    expect((all.get('green') ?? 0) / records.followUps.length).toBeGreaterThan(0.6);
  });

  it('every status and blocked category occurs; blocked ones say why; closed cases have nothing left open', () => {
    expect(new Set(records.followUps.map((f) => f.status))).toEqual(new Set(FOLLOW_UP_STATUSES));
    const blocked = records.followUps.filter((f) => f.status === 'blocked');
    const categories = new Set(blocked.map((f) => f.blockedCategory));
    expect(categories.size).toBeGreaterThanOrEqual(3);
    expect([...categories].every((c) => c !== null && BLOCK_CATEGORIES.includes(c))).toBe(true);
    expect(blocked.every((f) => f.blockedReason !== '')).toBe(true);
    expect(records.followUps.filter((f) => f.status !== 'blocked').every((f) => f.blockedReason === '' && f.blockedCategory === null)).toBe(true);
    const closed = new Set(records.cases.filter((c) => c.status === 'closed').map((c) => c.id));
    expect(records.followUps.filter((f) => f.caseId !== null && closed.has(f.caseId)).every((f) => f.status === 'done')).toBe(true);
    expect(records.followUps.some((f) => f.waitingOnThirdParty)).toBe(true);
    expect(records.followUps.some((f) => f.agendaItemId !== null && f.caseId !== null)).toBe(true);
  });

  it('each follow-up has its history: created first, then every change of status, in time order', () => {
    const byFollowUp = new Map<string, typeof records.history>();
    for (const h of records.history) if (h.kind.startsWith('follow_up_')) byFollowUp.set(h.entityId, [...(byFollowUp.get(h.entityId) ?? []), h]);
    for (const f of records.followUps) {
      const entries = (byFollowUp.get(f.id) ?? []).sort((a, b) => a.at.localeCompare(b.at));
      expect(entries[0]?.kind).toBe('follow_up_created');
      const statuses = entries.filter((h) => h.kind === 'follow_up_status');
      expect(statuses.at(-1)?.to ?? 'open').toBe(f.status);
      statuses.forEach((h, i) => expect(h.from).toBe(i === 0 ? 'open' : statuses[i - 1]?.to));
    }
    const kinds = new Set(records.history.map((h) => h.kind));
    for (const kind of ['case_status', 'case_closed', 'follow_up_created', 'follow_up_status', 'follow_up_due', 'follow_up_waiting', 'concern_status', 'concern_statement_approved']) {
      expect(kinds).toContain(kind);
    }
  });
});

describe('meetings and concerns', () => {
  it('monthly meetings over ten years with about ten items each, held with minutes, the next one ahead', () => {
    const meetings = records.meetings;
    expect(meetings.length).toBeGreaterThanOrEqual(100);
    const held = meetings.filter((m) => m.state === 'held');
    expect(held.length / meetings.length).toBeGreaterThan(0.9);
    const last = meetings.at(-1);
    expect(last && last.date >= today && ['planned', 'invited'].includes(last.state)).toBe(true);
    const items = tally(records.agendaItems.map((i) => i.meetingId));
    const perHeld = held.reduce((sum, m) => sum + (items.get(m.id) ?? 0), 0) / held.length;
    expect(perHeld).toBeGreaterThan(9);
    expect(perHeld).toBeLessThan(14);
    for (const m of held) {
      expect(m.minutes).toContain('# Protokoll der Sitzung des Runden Tisches am');
      expect(m.attendance.length).toBeGreaterThan(10);
    }
    // Approved minutes are approved in a later held meeting; only the latest are still waiting.
    const byId = new Map(meetings.map((m) => [m.id, m]));
    for (const m of held.slice(0, -1)) expect((byId.get(m.minutesApprovedInId ?? '')?.date ?? '') > m.date).toBe(true);
    expect(held.at(-1)?.minutesApprovedAt).toBeNull();
  });

  it('case discussions are non-public, sub-items nest, adjourned items come back, guests bring interpreters and outcomes', () => {
    const caseItems = records.agendaItems.filter((i) => i.kind === 'case');
    expect(caseItems.every((i) => !i.isPublic && i.caseIds.length === 1)).toBe(true);
    expect(records.agendaItems.some((i) => i.parentId !== null)).toBe(true);
    const adjourned = records.agendaItems.filter((i) => i.result === 'adjourned');
    expect(adjourned.length).toBeGreaterThan(0);
    const carried = new Set(records.agendaItems.map((i) => i.carriedFromId));
    expect(adjourned.filter((i) => carried.has(i.id)).length).toBeGreaterThan(0);
    expect(caseItems.some((i) => i.interpreterLanguage !== null && i.affectedPersonSpeaks)).toBe(true);
    expect(records.meetings.some((m) => m.guests.length > 0)).toBe(true);
    expect(new Set(records.agendaItems.map((i) => i.kind))).toEqual(new Set(['organisational', 'report', 'case', 'guest', 'concern', 'misc']));
  });

  it('concerns go through their stages; approved statements were approved in a meeting', () => {
    expect(records.concerns.length).toBeGreaterThanOrEqual(10);
    expect(new Set(records.concerns.map((c) => c.status)).size).toBeGreaterThanOrEqual(4);
    const approved = records.concerns.filter((c) => c.statementApprovedAt !== null);
    expect(approved.length).toBeGreaterThan(0);
    const meetingDays = new Set(records.meetings.filter((m) => m.state === 'held').map((m) => m.date));
    for (const c of approved) {
      expect(c.publicStatement).not.toBe('');
      expect(meetingDays.has(c.statementApprovedAt?.slice(0, 10) ?? '')).toBe(true);
    }
  });
});

describe('personal data', () => {
  it('the personal-data detector finds nothing in notes, summaries, titles, follow-ups, minutes and concerns', () => {
    const texts = [
      ...records.caseNotes.map((n) => n.text),
      ...records.cases.flatMap((c) => [c.title, c.summary, c.closingReason]),
      ...records.followUps.flatMap((f) => [f.title, f.details, f.blockedReason, f.completionNote]),
      ...records.meetings.map((m) => m.minutes),
      ...records.agendaItems.flatMap((i) => [i.title, i.outcome]),
      ...records.concerns.flatMap((c) => [c.title, c.description, c.publicStatement, c.answer]),
    ].filter((text) => text !== '');
    const flagged = texts.filter((text) => detectPii(text).length > 0);
    expect(texts.length).toBeGreaterThan(5000);
    // A finding would be a false positive (the texts hold no personal data), but the demo should not train people to ignore warnings.
    expect(flagged.slice(0, 5)).toEqual([]);
  });

  it('the text varies: many distinct notes, no case without its Verlauf', () => {
    const distinct = new Set(records.caseNotes.map((n) => n.text));
    expect(distinct.size / records.caseNotes.length).toBeGreaterThan(0.3);
    const withNotes = new Set(records.caseNotes.map((n) => n.caseId));
    expect(records.cases.every((c) => withNotes.has(c.id))).toBe(true);
  });
});

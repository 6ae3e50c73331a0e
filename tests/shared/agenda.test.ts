import { describe, expect, it } from 'vitest';
import { moveAgendaItem, numberAgenda, placeAgendaItem, type AgendaNode } from '../../shared/agenda/numbering';
import { proposeAgenda, type ProposalInput } from '../../shared/agenda/proposals';
import { computeTimePlan } from '../../shared/agenda/timePlan';

type Node = AgendaNode & { plannedMinutes: number };
const node = (id: string, parentId: string | null, position: number, plannedMinutes = 10): Node => ({ id, parentId, position, plannedMinutes });

function apply(items: Node[], patches: { id: string; parentId: string | null; position: number }[]): Node[] {
  const byId = new Map(patches.map((p) => [p.id, p]));
  return items.map((i) => ({ ...i, ...(byId.get(i.id) ?? {}) }));
}
const numbers = (items: Node[]) => numberAgenda(items).map((n) => `${n.number}:${n.item.id}`);

describe('agenda numbering', () => {
  const items = [node('a', null, 1), node('b', null, 2), node('b1', 'b', 1), node('b2', 'b', 2), node('c', null, 3)];

  it('numbers items and sub-items in reading order', () => {
    expect(numbers(items)).toEqual(['1:a', '2:b', '2.1:b1', '2.2:b2', '3:c']);
  });
  it('renumbers when an item moves up by keyboard', () => {
    expect(numbers(apply(items, moveAgendaItem(items, 'c', 'up')))).toEqual(['1:a', '2:c', '3:b', '3.1:b1', '3.2:b2']);
  });
  it('does nothing when the first item moves up', () => {
    expect(moveAgendaItem(items, 'a', 'up')).toEqual([]);
  });
  it('indents under the previous item and outdents back after the parent', () => {
    const indented = apply(items, moveAgendaItem(items, 'c', 'indent'));
    expect(numbers(indented)).toEqual(['1:a', '2:b', '2.1:b1', '2.2:b2', '2.3:c']);
    const outdented = apply(indented, moveAgendaItem(indented, 'b1', 'outdent'));
    expect(numbers(outdented)).toEqual(['1:a', '2:b', '2.1:b2', '2.2:c', '3:b1']);
  });
  it('places a dragged item at an index under another parent', () => {
    expect(numbers(apply(items, placeAgendaItem(items, 'a', 'b', 1)))).toEqual(['1:b', '1.1:b1', '1.2:a', '1.3:b2', '2:c']);
  });
  it('treats an item whose parent is gone as top level instead of losing it', () => {
    expect(numbers([node('x', 'gone', 1), node('y', null, 2)])).toEqual(['1:x', '2:y']);
  });
});

describe('time plan', () => {
  it('computes start times from the meeting start and reports an overrun', () => {
    const plan = computeTimePlan([node('a', null, 1, 15), node('b', null, 2, 30), node('b1', 'b', 1, 20)], '18:00', 60);
    expect(plan.items.map((i) => `${i.number} ${i.start}`)).toEqual(['1 18:00', '2 18:15', '2.1 18:45']);
    expect(plan.end).toBe('19:05');
    expect(plan.overrunMinutes).toBe(5);
  });
  it('reports no overrun when the plan fits', () => {
    expect(computeTimePlan([node('a', null, 1, 30)], '18:00', 120).overrunMinutes).toBe(0);
  });
});

describe('agenda proposals', () => {
  const base: ProposalInput = {
    meetingDate: '2026-12-08',
    today: '2026-11-21',
    cases: [
      { id: 'c1', code: 'RT-2026-001', title: 'Wohnung', status: 'in_progress', resubmissionOn: '2026-12-01', markedForNextMeeting: false },
      { id: 'c2', code: 'RT-2026-002', title: 'Nachzug', status: 'waiting', resubmissionOn: '2027-01-15', markedForNextMeeting: true },
      { id: 'c3', code: 'RT-2026-003', title: 'Kurs', status: 'in_progress', resubmissionOn: null, markedForNextMeeting: false },
      { id: 'c4', code: 'RT-2026-004', title: 'Zu', status: 'closed', resubmissionOn: '2026-11-01', markedForNextMeeting: true },
      { id: 'c5', code: 'RT-2026-005', title: 'Ruhig', status: 'new', resubmissionOn: '2027-03-01', markedForNextMeeting: false },
    ],
    followUps: [
      { id: 'f1', caseId: 'c3', status: 'open', dueOn: '2026-11-10' },
      { id: 'f2', caseId: 'c3', status: 'blocked', dueOn: null },
      { id: 'f3', caseId: 'c5', status: 'done', dueOn: '2026-11-01' },
      { id: 'f4', caseId: 'c5', status: 'open', dueOn: '2026-12-20' },
      { id: 'f5', caseId: null, status: 'in_progress', dueOn: '2026-12-05' },
    ],
    adjourned: [],
    alreadyOnAgenda: { caseIds: new Set(), carriedFromIds: new Set() },
  };

  it('proposes due Wiedervorlagen, marked cases and cases with due, overdue or blocked follow-ups', () => {
    const proposals = proposeAgenda(base);
    expect(proposals.map((p) => [p.key, p.reasons])).toEqual([
      ['case:c1', ['resubmission_due']],
      ['case:c2', ['marked_for_meeting']],
      ['case:c3', ['follow_up_blocked', 'follow_up_overdue']],
      ['follow-ups:without-case', ['follow_up_due']],
    ]);
    expect(proposals[2]?.followUpIds).toEqual(['f1', 'f2']);
  });
  it('never proposes closed cases, done follow-ups, or follow-ups due after the meeting', () => {
    const keys = proposeAgenda(base).map((p) => p.key);
    expect(keys).not.toContain('case:c4');
    expect(keys).not.toContain('case:c5');
  });
  it('proposes adjourned items first and does not propose their cases twice', () => {
    const proposals = proposeAgenda({ ...base, adjourned: [{ id: 'old', title: 'RT-2026-001 – Wohnung', kind: 'case', caseIds: ['c1'] }] });
    expect(proposals[0]).toMatchObject({ key: 'adjourned:old', carriedFromId: 'old', reasons: ['adjourned'] });
    expect(proposals.filter((p) => p.caseIds.includes('c1'))).toHaveLength(1);
  });
  it('skips what is already on the agenda', () => {
    const proposals = proposeAgenda({ ...base, alreadyOnAgenda: { caseIds: new Set(['c1', 'c3']), carriedFromIds: new Set() } });
    expect(proposals.map((p) => p.key)).toEqual(['case:c2', 'follow-ups:without-case']);
  });
});

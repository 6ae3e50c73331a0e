import { describe, expect, it } from 'vitest';
import type { Case, CaseStatus } from '../../shared/model/case';
import type { FollowUp, FollowUpStatus } from '../../shared/model/followUp';
import type { HistoryEntry } from '../../shared/model/historyEntry';
import { buildPolicyReport } from '../../shared/report/build';
import { isSuppressed, type SuppressedCell } from '../../shared/report/suppression';
import { makeCase, makeFollowUp, makeHistory, reportData } from './report.support';

// Past periods are reported as they stood then, from the append-only history.

const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
const noon = (offset: number) => `${day(offset)}T12:00:00.000Z`;

/** A case opened on a day whose status then changes on the given days (closing needs a closing day). */
function caseWithHistory(opened: number, changes: readonly [number, CaseStatus][]): { item: Case; history: HistoryEntry[] } {
  let status: CaseStatus = 'new';
  let closedOn: string | null = null;
  const history: HistoryEntry[] = [];
  const base = makeCase({ openedOn: day(opened), status: 'new' });
  let at = opened;
  for (const [offset, next] of changes) {
    at = Math.max(at, offset);
    if (next === status) continue;
    const kind = next === 'closed' ? 'case_closed' : status === 'closed' ? 'case_reopened' : 'case_status';
    history.push(makeHistory({ kind, entityId: base.id, caseId: base.id, from: status, to: next }, noon(at)));
    closedOn = next === 'closed' ? day(at) : null;
    status = next;
  }
  const item: Case = { ...base, status, closedOn, closingReason: status === 'closed' ? 'x' : '', updatedAt: noon(at) };
  return { item, history };
}

function followUpWithHistory(created: number, changes: readonly [number, FollowUpStatus][]): { item: FollowUp; history: HistoryEntry[] } {
  const base = makeFollowUp({ dueOn: day(created + 40) }, noon(created));
  const history: HistoryEntry[] = [makeHistory({ kind: 'follow_up_created', entityId: base.id, to: 'open' }, noon(created))];
  let status: FollowUpStatus = 'open';
  let at = created;
  for (const [offset, next] of changes) {
    at = Math.max(at, offset);
    if (next === status) continue;
    history.push(makeHistory({ kind: 'follow_up_status', entityId: base.id, from: status, to: next }, noon(at)));
    status = next;
  }
  const blocked = status === 'blocked';
  return { item: { ...base, status, blockedCategory: blocked ? 'authority' : null, blockedReason: blocked ? 'x' : '', updatedAt: noon(at) }, history };
}

const value = (cell: SuppressedCell | undefined) => (cell === undefined || isSuppressed(cell) ? '.' : cell.value);

describe('the report over a past period', () => {
  it('counts a case closed before the period and reopened in it, and one closed in it and reopened since', () => {
    const reopened = Array.from({ length: 3 }, () => caseWithHistory(-100, [[-50, 'closed'], [20, 'in_progress']]));
    const closedThen = Array.from({ length: 3 }, () => caseWithHistory(-100, [[-90, 'in_progress'], [30, 'closed'], [120, 'waiting']]));
    const closedBefore = Array.from({ length: 4 }, () => caseWithHistory(-100, [[-50, 'closed']]));
    const all = [...reopened, ...closedThen, ...closedBefore];
    const data = reportData({ cases: all.map((c) => c.item), history: all.flatMap((c) => c.history) });
    const built = buildPolicyReport(data, { from: day(0), to: day(89), topics: 'all' });
    if (!built.ok) throw new Error(built.error.message);
    const flow = built.data.tables.find((t) => t.id === 'caseFlow')?.table;
    // Before the period: 3 in progress (reopened in it), 3 closed in it (reopened only later); the 4 closed before are not counted.
    expect(flow?.cells[0]?.map(value)).toEqual([0, 3, 0, 3]);
    expect(value(flow?.grandTotal)).toBe(6);
  });

  it('counts follow-ups done in the period or reopened in it, not those done before it', () => {
    const doneIn = Array.from({ length: 3 }, () => followUpWithHistory(-60, [[10, 'done']]));
    const reopened = Array.from({ length: 4 }, () => followUpWithHistory(-60, [[-30, 'done'], [5, 'in_progress']]));
    const doneBefore = Array.from({ length: 5 }, () => followUpWithHistory(-60, [[-30, 'done']]));
    const blockedThen = Array.from({ length: 3 }, () => followUpWithHistory(-60, [[20, 'blocked'], [100, 'in_progress']]));
    const all = [...doneIn, ...reopened, ...doneBefore, ...blockedThen];
    const built = buildPolicyReport(reportData({ followUps: all.map((f) => f.item), history: all.flatMap((f) => f.history) }), { from: day(0), to: day(89), topics: 'all' });
    if (!built.ok) throw new Error(built.error.message);
    const lights = built.data.tables.find((t) => t.id === 'followUpLights')?.table;
    // red: 3 blocked then (and 4 overdue: due 40 days after creation, on day −20); green: 3 done in the period.
    expect(lights?.cells.map((row) => value(row[0]))).toEqual([7, 0, 3]);
    const blocked = built.data.tables.find((t) => t.id === 'blockedFollowUps')?.table;
    expect(value(blocked?.colTotals?.[0])).toBe(3);
  });
});

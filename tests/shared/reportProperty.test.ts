import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../shared/model/case';
import { buildPolicyReport } from '../../shared/report/build';
import { countReport } from '../../shared/report/buildCounts';
import { reportCsvFiles, reportJson, reportMarkdown } from '../../shared/report/formats';
import type { LinkGroup } from '../../shared/report/linkedSuppression';
import type { PolicyReport } from '../../shared/report/model';
import { checkReportRequest, type ReportRequest } from '../../shared/report/reportOptions';
import { verifyNoRecovery, type SuppressedTable } from '../../shared/report/suppression';
import { reportView } from '../../shared/report/view';
import { csvCounts, jointlyDetermined, jsonCounts, makeAgendaItem, makeCase, makeConcern, makeFollowUp, makeMeeting, markdownCounts, reportData, shownCounts } from './report.support';

// Random small data sets around the first quarter of 2026: whatever the data, no output
// shows a count from 1 to k−1, every table passes the exact check, and the tables that
// share totals pass it together.

const TOPICS = ['housing', 'work', 'health', 'Eigenes'] as const;
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);

const caseSpec = fc.record({
  opened: fc.integer({ min: -200, max: 110 }),
  closedAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  status: fc.constantFrom('new', 'in_progress', 'waiting'),
  topics: fc.subarray([...TOPICS], { minLength: 1, maxLength: 3 }),
  residence: fc.constantFrom('tolerated', 'recognised', 'asylum_pending', null),
  age: fc.constantFrom('18-26', '27-45', '0-5', null),
});

const dataSpec = fc.record({
  cases: fc.array(caseSpec, { maxLength: 24 }),
  followUps: fc.array(
    fc.record({ caseIndex: fc.nat(30), created: fc.integer({ min: -60, max: 100 }), due: fc.option(fc.integer({ min: -30, max: 120 }), { nil: null }), status: fc.constantFrom('open', 'in_progress', 'done', 'blocked'), waiting: fc.boolean(), category: fc.constantFrom('authority', 'funding', 'appointment') }),
    { maxLength: 14 },
  ),
  meetings: fc.array(fc.record({ date: fc.integer({ min: -20, max: 100 }), held: fc.boolean(), guests: fc.nat(4), cases: fc.array(fc.nat(30), { maxLength: 5 }) }), { maxLength: 4 }),
  concerns: fc.array(fc.record({ approved: fc.boolean(), cases: fc.array(fc.nat(30), { maxLength: 6 }) }), { maxLength: 3 }),
  k: fc.integer({ min: 3, max: 5 }),
  scope: fc.oneof(fc.constant('all' as const), fc.subarray(['housing', 'work', 'health', 'other'] as const, { minLength: 1 })),
});

type Spec = typeof dataSpec extends fc.Arbitrary<infer T> ? T : never;

function dataOf(spec: Spec) {
  const cases: Case[] = spec.cases.map((c) =>
    makeCase({
      openedOn: day(c.opened),
      status: c.closedAfter === null ? c.status : 'closed',
      closedOn: c.closedAfter === null ? null : day(c.opened + c.closedAfter),
      closingReason: c.closedAfter === null ? '' : 'x',
      topics: c.topics,
      residenceStatus: c.residence,
      ageBand: c.age,
    }),
  );
  const caseId = (index: number) => (cases.length === 0 ? null : (cases[index % cases.length] as Case).id);
  const meetings = spec.meetings.map((m) =>
    makeMeeting(day(m.date), {
      state: m.held ? 'held' : 'planned',
      guests: Array.from({ length: m.guests }, (_, i) => ({ id: `g${i}`, organisation: 'Amt', role: '', agendaItemId: null, invited: true, presence: 'present' as const, arrivedAt: null, leftAt: null })),
    }),
  );
  return reportData({
    cases,
    followUps: spec.followUps.map((f) =>
      makeFollowUp(
        { caseId: caseId(f.caseIndex), dueOn: f.due === null ? null : day(f.due), status: f.status, waitingOnThirdParty: f.waiting, blockedCategory: f.status === 'blocked' ? f.category : null, blockedReason: f.status === 'blocked' ? 'x' : '' },
        `${day(f.created)}T10:00:00.000Z`,
      ),
    ),
    meetings,
    agendaItems: meetings.flatMap((m, i) => (cases.length === 0 ? [] : [makeAgendaItem(m.id, (spec.meetings[i]?.cases ?? []).map((n) => caseId(n) as string))])),
    concerns: spec.concerns.map((c, i) => makeConcern(`Anliegen ${i}`, c.approved, [...new Set(c.cases.map((n) => caseId(n)).filter((id): id is string => id !== null))])),
  });
}

/** The links the report must respect, derived independently from the raw counts. */
function caseLinks(report: PolicyReport, singleTopicRows: boolean): LinkGroup[] {
  const shown = new Set(report.tables.map((t) => t.id));
  const N = { kind: 'grandTotal' } as const;
  const col = (c: number) => ({ kind: 'colTotal', col: c }) as const;
  return [
    [
      { tableId: 'caseFlow', position: N },
      { tableId: 'residenceStatus', position: N },
      ...(shown.has('ageBand') ? [{ tableId: 'ageBand', position: N }] : []),
      ...(singleTopicRows ? [{ tableId: 'topicStatus', position: N }] : []),
    ],
    ...(singleTopicRows ? [0, 1, 2, 3].map((c) => [{ tableId: 'caseFlow', position: col(c) }, { tableId: 'topicStatus', position: col(c) }]) : []),
  ];
}

describe('the report on random data', () => {
  it('never shows a count from 1 to k−1 and never lets a withheld count be worked out', () => {
    fc.assert(
      fc.property(dataSpec, (spec) => {
        const data = dataOf(spec);
        const request: ReportRequest = { from: '2026-01-01', to: '2026-03-31', topics: spec.scope, k: spec.k };
        const built = buildPolicyReport(data, request);
        if (!built.ok) throw new Error(built.error.message);
        const report = built.data;
        const k = spec.k;
        const small = (n: number | null) => n !== null && n >= 1 && n < k;
        const tables: SuppressedTable[] = [...report.tables.map((t) => t.table), ...report.figures.map((f) => f.table), ...report.concerns.map((c) => c.linkedCases)];
        for (const table of tables) {
          expect(verifyNoRecovery(table).safe).toBe(true);
          expect(shownCounts(table).filter(small)).toEqual([]);
        }
        const options = checkReportRequest(request);
        if (!options.ok) throw new Error(options.error.message);
        const { singleTopicRows } = countReport(data, options.data);
        const caseTables = new Map(report.tables.filter((t) => ['caseFlow', 'topicStatus', 'residenceStatus', 'ageBand'].includes(t.id)).map((t) => [t.id as string, t.table]));
        expect(jointlyDetermined(caseTables, caseLinks(report, singleTopicRows))).toEqual([]);
        const view = reportView(report, 'de');
        expect(markdownCounts(reportMarkdown(view)).filter(small)).toEqual([]);
        expect(reportCsvFiles(view).flatMap((f) => (f.name.endsWith('.csv') ? csvCounts(f.text) : [])).filter(small)).toEqual([]);
        expect(jsonCounts(reportJson(view, report)).filter(small)).toEqual([]);
        if (report.medianDurationDays !== null) expect(countReport(data, options.data).durations.length).toBeGreaterThanOrEqual(k);
      }),
      { numRuns: 60, seed: 20260602 },
    );
  });
});

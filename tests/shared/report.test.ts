import { describe, expect, it } from 'vitest';
import type { CaseContent } from '../../shared/model/case';
import type { FollowUp } from '../../shared/model/followUp';
import type { HistoryEntry } from '../../shared/model/historyEntry';
import { buildPolicyReport } from '../../shared/report/build';
import { reportCsvFiles, reportJson, reportMarkdown } from '../../shared/report/formats';
import type { PolicyReport, ReportTableId } from '../../shared/report/model';
import type { ReportData, ReportRequest } from '../../shared/report/reportOptions';
import { isSuppressed, verifyNoRecovery, type SuppressedCell, type SuppressedTable } from '../../shared/report/suppression';
import { reportView } from '../../shared/report/view';
import {
  csvCounts,
  jsonCounts,
  makeAgendaItem,
  makeCase,
  makeConcern,
  makeFollowUp,
  makeHistory,
  makeMeeting,
  markdownCounts,
  reportData,
  shownCounts,
} from './report.support';

const Q1 = { from: '2026-01-01', to: '2026-03-31', topics: 'all' } as const;

function build(data: ReportData, request: ReportRequest = Q1): PolicyReport {
  const result = buildPolicyReport(data, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

function times<T>(n: number, make: () => T): T[] {
  return Array.from({ length: n }, make);
}

const value = (cell: SuppressedCell | undefined) => (cell === undefined || isSuppressed(cell) ? '.' : cell.value);
const grid = (table: SuppressedTable) => table.cells.map((row) => row.map(value));
const tableOf = (report: PolicyReport, id: ReportTableId) => {
  const found = report.tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found.table;
};

/** Every suppressed table of a report: its tables, its figures and each concern's count. */
function allTables(report: PolicyReport): SuppressedTable[] {
  return [...report.tables.map((t) => t.table), ...report.figures.map((f) => f.table), ...report.concerns.map((c) => c.linkedCases)];
}

/** Markdown, CSV and JSON in both languages. */
function outputs(report: PolicyReport): { markdown: string[]; csv: string[]; json: string[] } {
  const views = (['de', 'en'] as const).map((language) => reportView(report, language));
  return {
    markdown: views.map(reportMarkdown),
    csv: views.flatMap((view) => reportCsvFiles(view).filter((f) => f.name.endsWith('.csv')).map((f) => f.text)),
    json: views.map((view) => reportJson(view, report)),
  };
}

function expectNoSmallCount(report: PolicyReport): void {
  const k = report.options.k;
  const small = (n: number | null) => n !== null && n >= 1 && n < k;
  for (const table of allTables(report)) {
    expect(shownCounts(table).filter(small)).toEqual([]);
    expect(verifyNoRecovery(table).safe).toBe(true);
  }
  const { markdown, csv, json } = outputs(report);
  expect(markdown.flatMap(markdownCounts).filter(small)).toEqual([]);
  expect(csv.flatMap(csvCounts).filter(small)).toEqual([]);
  expect(json.flatMap(jsonCounts).filter(small)).toEqual([]);
}

/**
 * A worked example for the first quarter of 2026. Each kind of case comes three or more
 * times, so nothing needs withholding and every count can be checked by hand.
 */
function quarterCases() {
  const kinds: [number, Partial<CaseContent> & { openedOn: string }][] = [
    [3, { openedOn: '2025-12-31', status: 'in_progress', topics: ['housing'], residenceStatus: 'recognised', ageBand: '27-45' }],
    [4, { openedOn: '2026-01-01', status: 'new', topics: ['work', 'language'], residenceStatus: 'tolerated', ageBand: '27-45' }],
    [3, { openedOn: '2026-03-31', status: 'waiting', topics: ['health'], residenceStatus: null, ageBand: '18-26' }],
    [5, { openedOn: '2026-04-01', status: 'new', topics: ['housing'] }], // after the period
    [6, { openedOn: '2025-05-01', status: 'closed', closedOn: '2025-12-31', closingReason: 'erledigt', topics: ['housing'] }], // closed before it
    [3, { openedOn: '2025-06-01', status: 'closed', closedOn: '2026-01-01', closingReason: 'erledigt', topics: ['housing'], residenceStatus: 'asylum_pending', ageBand: '18-26' }],
    [3, { openedOn: '2026-02-01', status: 'closed', closedOn: '2026-03-31', closingReason: 'erledigt', topics: ['housing', 'Eigenes Thema'], residenceStatus: 'tolerated', ageBand: '27-45' }],
    [3, { openedOn: '2025-10-01', status: 'closed', closedOn: '2026-04-01', closingReason: 'erledigt', topics: ['work'], residenceStatus: 'recognised', ageBand: '46-64' }],
    [2, { openedOn: '2026-01-10', status: 'new', topics: ['housing'], trashedAt: '2026-02-01T10:00:00.000Z' }], // in the recycle bin
  ];
  const cases = kinds.flatMap(([n, patch]) => times(n, () => makeCase(patch)));
  const erased = times(2, () => ({ ...makeCase({ openedOn: '2026-01-10' }), deleted: '000000000000001.000000.laptop-test' }));
  return [...cases, ...erased];
}

describe('buildPolicyReport: a worked example', () => {
  const report = build(reportData({ cases: quarterCases() }));

  it('counts the cases open in the period by opening and status at its end, boundaries included', () => {
    const flow = tableOf(report, 'caseFlow');
    expect(flow.rowLabels).toEqual(['openedBefore', 'openedInPeriod']);
    expect(flow.colLabels).toEqual(['new', 'in_progress', 'waiting', 'closed']);
    // Before: 3 open since 31.12. + 3 closed only on 01.04. (still open on 31.03.); 3 closed on 01.01.
    // In the period: 4 opened on 01.01., 3 opened on 31.03., 3 closed on 31.03.
    expect(grid(flow)).toEqual([
      [0, 6, 0, 3],
      [4, 0, 3, 3],
    ]);
    expect(flow.rowTotals?.map(value)).toEqual([9, 10]);
    expect(flow.colTotals?.map(value)).toEqual([4, 6, 3, 6]);
    expect(value(flow.grandTotal)).toBe(19);
  });

  it('counts a case with several topic areas in each row; row totals are cases, column totals mentions', () => {
    const topics = tableOf(report, 'topicStatus');
    const row = (topic: string) => grid(topics)[topics.rowLabels.indexOf(topic)];
    expect(row('housing')).toEqual([0, 3, 0, 6]);
    expect(row('work')).toEqual([4, 3, 0, 0]);
    expect(row('language')).toEqual([4, 0, 0, 0]);
    expect(row('health')).toEqual([0, 0, 3, 0]);
    expect(row('other')).toEqual([0, 0, 0, 3]); // 'Eigenes Thema' counts as Sonstiges
    expect(topics.colTotals?.map(value)).toEqual([8, 6, 3, 9]);
    expect(value(topics.grandTotal)).toBe(26);
    expect(report.tables.find((t) => t.id === 'topicStatus')?.notes).toEqual(['statusAtEnd', 'multiTopic', 'customTopics']);
  });

  it('counts residence status and age band, with "not recorded"', () => {
    const residence = tableOf(report, 'residenceStatus');
    const count = (key: string) => value(residence.cells[residence.rowLabels.indexOf(key)]?.[0]);
    expect([count('recognised'), count('tolerated'), count('asylum_pending'), count('notRecorded'), count('eu_citizen')]).toEqual([6, 7, 3, 3, 0]);
    expect(residence.colTotals?.map(value)).toEqual([19]);
    const ages = tableOf(report, 'ageBand');
    expect(grid(ages).flat()).toEqual([0, 0, 0, 6, 10, 3, 0, 0]);
  });

  it('gives the median duration of the cases closed in the period', () => {
    // 3 × 214 days (01.06.2025 → 01.01.2026) and 3 × 58 days (01.02. → 31.03.2026).
    expect(report.medianDurationDays).toBe((58 + 214) / 2);
  });

  it('publishes zeros and passes the exact check everywhere', () => {
    expectNoSmallCount(report);
    expect(grid(tableOf(report, 'caseFlow')).flat()).toContain(0);
  });
});

describe('buildPolicyReport: scope, period and k', () => {
  it('restricts every case table to the chosen topic areas', () => {
    const report = build(reportData({ cases: quarterCases() }), { ...Q1, topics: ['health', 'other'] });
    expect(grid(tableOf(report, 'caseFlow'))).toEqual([
      [0, 0, 0, 0],
      [0, 0, 3, 3],
    ]);
    expect(tableOf(report, 'topicStatus').rowLabels).toEqual(['health', 'other']);
    expect(value(tableOf(report, 'residenceStatus').grandTotal)).toBe(6);
    expect(report.tables.find((t) => t.id === 'caseFlow')?.notes).toContain('scopedCases');
  });

  it('treats every topic area chosen as all', () => {
    const all = build(reportData({ cases: quarterCases() }), { ...Q1, topics: ['residence', 'family_reunification', 'housing', 'work', 'language', 'education', 'health', 'psychosocial', 'finances', 'authorities', 'discrimination', 'other'] });
    expect(all.options.topics).toBe('all');
  });

  it('refuses k below 3, a reversed period and unknown topic areas', () => {
    const data = reportData({ cases: quarterCases() });
    for (const k of [2, 0, -3, 2.5, Number.NaN]) {
      const result = buildPolicyReport(data, { ...Q1, k });
      expect(result.ok ? 'built' : result.error.code).toBe('validation/invalid');
    }
    const reversed = buildPolicyReport(data, { ...Q1, from: '2026-04-01' });
    expect(reversed.ok).toBe(false);
    const unknown = buildPolicyReport(data, { ...Q1, topics: ['housing', 'Wohnen' as 'housing'] });
    expect(unknown.ok).toBe(false);
    expect(buildPolicyReport(data, { ...Q1, from: '2026-02-30' }).ok).toBe(false);
  });

  it('with k = 4 withholds every 1 to 3, and leaves out the age bands when most of them would be withheld', () => {
    const report = build(reportData({ cases: quarterCases() }), { ...Q1, k: 4 });
    expectNoSmallCount(report);
    const flow = tableOf(report, 'caseFlow');
    expect(grid(flow)[1]).toEqual([4, 0, '.', '.']);
    // Ages 18–26: 6, 27–45: 10, 46–64: 3 → 46–64 withheld, and 18–26 to protect it: most withheld, so left out.
    expect(report.omitted).toEqual([{ id: 'ageBand', reason: 'too-few-cases' }]);
    expect(report.tables.map((t) => t.id)).not.toContain('ageBand');
    expect(build(reportData({ cases: quarterCases() })).omitted).toEqual([]);
    const tiny = report;
    expect(reportMarkdown(reportView(tiny, 'de'))).toContain('Die Altersgruppen werden nicht gezeigt');
  });
});

describe('buildPolicyReport: small counts', () => {
  // Two new cases and one waiting in the period, five in progress from before.
  const cases = [
    ...times(2, () => makeCase({ openedOn: '2026-02-01', status: 'new', topics: ['housing'], residenceStatus: 'tolerated' })),
    makeCase({ openedOn: '2026-02-01', status: 'waiting', topics: ['work'], residenceStatus: 'tolerated' }),
    ...times(5, () => makeCase({ openedOn: '2025-11-01', status: 'in_progress', topics: ['housing'], residenceStatus: 'recognised' })),
  ];
  const report = build(reportData({ cases }));

  it('withholds them, with further counts so that none can be worked out', () => {
    const flow = tableOf(report, 'caseFlow');
    expect(value(flow.cells[1]?.[0])).toBe('.');
    expect(value(flow.cells[1]?.[2])).toBe('.');
    expect(value(flow.rowTotals?.[1])).toBe(3);
    expectNoSmallCount(report);
  });

  it('shows "." with its footnote in Markdown, CSV and JSON, in both languages', () => {
    const { markdown, csv, json } = outputs(report);
    expect(markdown[0]).toMatch(/\| im Zeitraum \(neu\) \| \. \| 0 \| \. \| 0 \| 3 \|/);
    expect(markdown[0]).toContain('„.“ = Zahlenwert geheim zu halten');
    expect(markdown[1]).toContain('“.” = figure withheld');
    expect(csv[1]).toMatch(/im Zeitraum \(neu\);\.;0;\.;0;3/);
    expect(JSON.parse(json[0] ?? '{}')).toMatchObject({ suppressedMark: '.', k: 3 });
  });

  it('withholds the same total everywhere it appears when the topic table shares it', () => {
    // Every case has one topic: the topic table's totals are the case table's, suppressed together.
    const stateOf = (cell: SuppressedCell | undefined) => (cell && isSuppressed(cell) ? 'withheld' : 'shown');
    const flow = tableOf(report, 'caseFlow');
    const topics = tableOf(report, 'topicStatus');
    expect(topics.colTotals?.map(stateOf)).toEqual(flow.colTotals?.map(stateOf));
    expect(stateOf(topics.grandTotal)).toBe(stateOf(flow.grandTotal));
    expect(stateOf(tableOf(report, 'residenceStatus').grandTotal)).toBe(stateOf(flow.grandTotal));
  });

  it('withholds the grand total in every table once the case table must withhold it', () => {
    // Two open cases from before (status new) and five opened and closed in the period: the
    // case table protects its withheld 2 through the grand total, so no table may show 7.
    const linked = build(
      reportData({
        cases: [
          ...times(2, () => makeCase({ openedOn: '2025-12-01', status: 'new', residenceStatus: 'recognised' })),
          ...times(5, () => makeCase({ openedOn: '2026-01-05', status: 'closed', closedOn: '2026-02-01', closingReason: 'x', residenceStatus: 'recognised' })),
        ],
      }),
    );
    const flow = tableOf(linked, 'caseFlow');
    expect(value(flow.grandTotal)).toBe('.');
    expect(value(tableOf(linked, 'residenceStatus').grandTotal)).toBe('.');
    expect(reportMarkdown(reportView(linked, 'de'))).not.toMatch(/\| 7 \|/);
    expectNoSmallCount(linked);
  });
});

describe('buildPolicyReport: follow-ups at the end of the period', () => {
  function followUps(): { followUps: FollowUp[]; history: HistoryEntry[] } {
    const history: HistoryEntry[] = [];
    const list: FollowUp[] = [];
    const add = (f: FollowUp, entries: [string, Parameters<typeof makeHistory>[0]['kind'], string | null, string | null][] = []) => {
      list.push(f);
      history.push(makeHistory({ kind: 'follow_up_created', entityId: f.id, to: 'open' }, f.createdAt));
      for (const [at, kind, from, to] of entries) history.push(makeHistory({ kind, entityId: f.id, from, to }, at));
    };
    for (let i = 0; i < 3; i += 1) {
      add(makeFollowUp({ dueOn: '2026-03-20' }, '2025-12-01T10:00:00.000Z')); // overdue on 31.03. → red
      add(makeFollowUp({ status: 'done' }, '2025-12-01T10:00:00.000Z'), [['2025-12-15T10:00:00.000Z', 'follow_up_status', 'open', 'done']]); // done before
      add(makeFollowUp({ status: 'done' }, '2026-02-01T10:00:00.000Z'), [['2026-05-01T10:00:00.000Z', 'follow_up_status', 'open', 'done']]); // open then → green
      add(makeFollowUp({}, '2026-04-02T10:00:00.000Z')); // created after the period
      add(makeFollowUp({ status: 'blocked', blockedCategory: 'funding', blockedReason: 'GEHEIM-Grund' }, '2026-01-05T10:00:00.000Z'), [
        ['2026-03-01T10:00:00.000Z', 'follow_up_status', 'open', 'blocked'],
      ]);
      add(makeFollowUp({ status: 'in_progress' }, '2026-01-05T10:00:00.000Z'), [
        ['2026-03-01T10:00:00.000Z', 'follow_up_status', 'open', 'blocked'],
        ['2026-04-10T10:00:00.000Z', 'follow_up_status', 'blocked', 'in_progress'],
      ]); // blocked then, category forgotten since
      add(makeFollowUp({ dueOn: '2026-04-05' }, '2026-03-01T10:00:00.000Z')); // due in 5 days → yellow
      add(makeFollowUp({ dueOn: '2026-01-01' }, '2025-12-01T10:00:00.000Z'), [
        ['2026-03-15T10:00:00.000Z', 'follow_up_light', 'red', 'green'],
        ['2026-04-03T10:00:00.000Z', 'follow_up_light', 'green', null],
      ]); // set to green by hand then, cleared since
    }
    return { followUps: list, history };
  }

  it('counts lights and blocks as they stood on the last day', () => {
    const report = build(reportData(followUps()));
    const lights = tableOf(report, 'followUpLights');
    expect(lights.rowLabels).toEqual(['red', 'yellow', 'green']);
    expect(grid(lights).flat()).toEqual([9, 3, 6]);
    const blocked = tableOf(report, 'blockedFollowUps');
    const count = (key: string) => value(blocked.cells[blocked.rowLabels.indexOf(key)]?.[0]);
    expect([count('funding'), count('notRecorded'), count('authority')]).toEqual([3, 3, 0]);
    expect(reportMarkdown(reportView(report, 'de'))).not.toContain('GEHEIM');
  });
});

describe('buildPolicyReport: concerns and free text', () => {
  const secret = 'GEHEIM';
  const cases = times(6, () =>
    makeCase({ openedOn: '2026-01-05', title: `${secret} Titel`, summary: `${secret} Zusammenfassung`, closingReason: '', topics: ['authorities'] }),
  );
  const ids = cases.map((c) => c.id);
  const held = makeMeeting('2026-02-10', {
    place: `${secret} Ort`,
    minutes: `${secret} Protokoll`,
    guests: ['a', 'b', 'c'].map((id) => ({ id, organisation: `${secret} Jobcenter`, role: '', agendaItemId: null, invited: true, presence: 'present' as const, arrivedAt: null, leftAt: null })),
  });
  const data = reportData({
    cases,
    meetings: [held, makeMeeting('2026-02-20', { state: 'cancelled' }), makeMeeting('2026-03-10'), makeMeeting('2026-04-10')],
    agendaItems: [makeAgendaItem(held.id, ids.slice(0, 4), { outcome: `${secret} Ergebnis`, title: `${secret} TOP` })],
    concerns: [
      makeConcern('Termine bei der Ausländerbehörde dauern zu lange.', true, ids.slice(0, 5), { title: `${secret} Titel`, description: `${secret} Beschreibung`, answer: `${secret} Antwort` }),
      makeConcern('Kitaplätze fehlen für Familien mit Duldung.', true, ids.slice(0, 1)),
      makeConcern(`Herr ${secret} Haddad wartet seit Monaten.`, false, ids),
    ],
    followUps: [makeFollowUp({ title: `${secret} Aufgabe`, details: `${secret} Details`, caseId: ids[0] ?? null }, '2026-01-06T10:00:00.000Z')],
  });
  const report = build(data);

  it('lists only approved statements, with their linked cases withheld when small', () => {
    expect(report.concerns.map((c) => [c.statement, value(c.linkedCases.cells[0]?.[0])])).toEqual([
      ['Kitaplätze fehlen für Familien mit Duldung.', '.'],
      ['Termine bei der Ausländerbehörde dauern zu lange.', 5],
    ]);
  });

  it('never writes any other free text, nor an unapproved statement', () => {
    const { markdown, csv, json } = outputs(report);
    for (const text of [...markdown, ...csv, ...json]) expect(text).not.toContain(secret);
    expect(markdown[0]).toContain('Termine bei der Ausländerbehörde dauern zu lange.');
  });

  it('counts held meetings in the period, the different cases discussed and the guests present', () => {
    expect(report.figures.map((f) => [f.id, value(f.table.cells[0]?.[0])])).toEqual([
      ['meetingsHeld', '.'],
      ['casesDiscussed', 4],
      ['guestsHeard', 3],
    ]);
    expectNoSmallCount(report);
  });
});

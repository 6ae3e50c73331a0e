import { computeLight, daysBetween } from '../followUps/trafficLight';
import { AGE_BANDS, CASE_STATUSES, RESIDENCE_STATUSES, type Case, type TopicArea } from '../model/case';
import { BLOCK_CATEGORIES, type FollowUp, type TrafficLight } from '../model/followUp';
import { CASE_FLOW_ROWS, COUNT_COLUMN, NOT_RECORDED, type ReportConcern } from './model';
import { reportTopic, scopeTopics, type ReportData, type ReportOptions } from './reportOptions';
import { caseStateAt, followUpCreatedOn, followUpDoneOn, followUpStateAt, indexHistory, type CaseState, type HistoryIndex } from './stateAt';
import type { CountTable } from './suppression';

/**
 * The raw counts of the report, before any suppression. Who is counted:
 * - cases: live cases (not erased, not in the recycle bin) with a topic area in scope
 *   that were open at some time in the period: opened by its last day, and at its end
 *   still open or closed within it. Their status is the one at the end of the period.
 * - follow-ups: live follow-ups that existed at the end of the period and were not done
 *   throughout it (done at its end, but only since it began, counts); with a topic
 *   scope, only those of cases in scope.
 * - meetings: held meetings dated in the period.
 * - concerns: those whose public statement was approved.
 */

/** A case of the period, with what the tables need. */
export interface PeriodCase {
  readonly item: Case;
  readonly state: CaseState;
  readonly openedInPeriod: boolean;
  /** Its topic areas in scope (user-defined topics as Sonstiges), each once. */
  readonly topics: readonly TopicArea[];
}

/** Everything the report counts, ready for suppression. */
export interface ReportCounts {
  readonly caseFlow: CountTable;
  readonly topicStatus: CountTable;
  readonly residenceStatus: CountTable;
  readonly ageBand: CountTable;
  readonly followUpLights: CountTable;
  readonly blockedFollowUps: CountTable;
  /** The concerns with an approved statement (with a topic scope: those linked to a case in it) and their linked cases. */
  readonly concerns: readonly (Omit<ReportConcern, 'linkedCases'> & { readonly linkedCases: number })[];
  /** True when every case counts in exactly one topic row, so the topic table's totals are the case table's. */
  readonly singleTopicRows: boolean;
  /** Days from opening to closing, for the cases closed in the period. */
  readonly durations: readonly number[];
  readonly figures: { readonly meetingsHeld: number; readonly casesDiscussed: number; readonly guestsHeard: number };
}

const LIGHT_ROWS: readonly TrafficLight[] = ['red', 'yellow', 'green'];
const live = <T extends { deleted: unknown }>(records: readonly T[]) => records.filter((r) => r.deleted === null);
const sum = (numbers: readonly number[]) => numbers.reduce((acc, n) => acc + n, 0);

/** A table of counts with every total given (what the report shows). */
function withTotals(rowLabels: readonly string[], colLabels: readonly string[], cells: number[][]): CountTable {
  return {
    rowLabels,
    colLabels,
    cells,
    rowTotals: cells.map((row) => sum(row)),
    colTotals: colLabels.map((_, c) => sum(cells.map((row) => row[c] ?? 0))),
    grandTotal: sum(cells.flat()),
  };
}

/** A one-column distribution: a count per row key, with the column total (and grand total) shown. */
function distribution(rowKeys: readonly string[], keyOf: (index: number) => string, count: number): CountTable {
  const cells = rowKeys.map(() => [0]);
  for (let i = 0; i < count; i += 1) {
    const row = cells[rowKeys.indexOf(keyOf(i))];
    if (row) row[0] = (row[0] as number) + 1;
  }
  const total = sum(cells.map((row) => row[0] as number));
  return { rowLabels: rowKeys, colLabels: [COUNT_COLUMN], cells, colTotals: [total], grandTotal: total };
}

function topicsInScope(item: Case, scope: ReadonlySet<TopicArea>): TopicArea[] {
  return [...new Set(item.topics.map(reportTopic))].filter((topic) => scope.has(topic));
}

/** The cases of the period in scope, with their status at its end. */
export function periodCases(cases: readonly Case[], options: ReportOptions, index: HistoryIndex): PeriodCase[] {
  const scope = new Set(scopeTopics(options.topics));
  return live(cases).flatMap((item) => {
    if (item.trashedAt !== null || item.openedOn > options.to) return [];
    const topics = topicsInScope(item, scope);
    if (topics.length === 0) return [];
    const state = caseStateAt(item, index, options.to);
    // Closed at the end by a closing from before the period: closed throughout it. (A closing
    // day before the opening day is a slip of the pen; the case was open at least on that day.)
    const closedOn = state.closedOn !== null && state.closedOn > item.openedOn ? state.closedOn : item.openedOn;
    if (state.status === 'closed' && closedOn < options.from) return [];
    return [{ item, state, openedInPeriod: item.openedOn >= options.from, topics }];
  });
}

function caseTables(population: readonly PeriodCase[], options: ReportOptions) {
  const status = (p: PeriodCase) => CASE_STATUSES.indexOf(p.state.status);
  const flow = CASE_FLOW_ROWS.map(() => CASE_STATUSES.map(() => 0));
  const topics = scopeTopics(options.topics);
  const byTopic = topics.map(() => CASE_STATUSES.map(() => 0));
  for (const p of population) {
    const row = flow[p.openedInPeriod ? 1 : 0] as number[];
    row[status(p)] = (row[status(p)] as number) + 1;
    for (const topic of p.topics) {
      const topicRow = byTopic[topics.indexOf(topic)] as number[];
      topicRow[status(p)] = (topicRow[status(p)] as number) + 1;
    }
  }
  const residenceRows = [...RESIDENCE_STATUSES, NOT_RECORDED];
  const ageRows = [...AGE_BANDS, NOT_RECORDED];
  const at = (i: number) => population[i] as PeriodCase;
  return {
    caseFlow: withTotals(CASE_FLOW_ROWS, CASE_STATUSES, flow),
    topicStatus: withTotals(topics, CASE_STATUSES, byTopic),
    residenceStatus: distribution(residenceRows, (i) => at(i).item.residenceStatus ?? NOT_RECORDED, population.length),
    ageBand: distribution(ageRows, (i) => at(i).item.ageBand ?? NOT_RECORDED, population.length),
    singleTopicRows: population.every((p) => p.topics.length === 1),
    durations: population.flatMap((p) => (p.state.status === 'closed' && p.state.closedOn !== null ? [Math.max(0, daysBetween(p.item.openedOn, p.state.closedOn))] : [])),
  };
}

function followUpTables(data: ReportData, options: ReportOptions, index: HistoryIndex) {
  const scope = new Set(scopeTopics(options.topics));
  const cases = new Map(live(data.cases).filter((c) => c.trashedAt === null).map((c) => [c.id, c] as const));
  const counted = live(data.followUps).filter((f: FollowUp) => {
    if (f.caseId === null ? options.topics !== 'all' : !cases.has(f.caseId)) return false;
    const owner = f.caseId === null ? undefined : cases.get(f.caseId);
    if (owner && options.topics !== 'all' && topicsInScope(owner, scope).length === 0) return false;
    const created = followUpCreatedOn(f);
    return created !== '' && created <= options.to;
  });
  const states = counted
    .map((f) => ({ item: f, state: followUpStateAt(f, index, options.to) }))
    .filter(({ item, state }) => state.status !== 'done' || followUpDoneOn(item, index, options.to) >= options.from);
  const blocked = states.filter((s) => s.state.status === 'blocked');
  // The category is kept only while a follow-up is blocked; one unblocked since has none left.
  const categoryOf = (s: (typeof states)[number]) => (s.item.status === 'blocked' ? (s.item.blockedCategory ?? NOT_RECORDED) : NOT_RECORDED);
  return {
    followUpLights: distribution(LIGHT_ROWS, (i) => computeLight((states[i] as (typeof states)[number]).state, options.to, options.yellowDays).light, states.length),
    blockedFollowUps: distribution([...BLOCK_CATEGORIES, NOT_RECORDED], (i) => categoryOf(blocked[i] as (typeof blocked)[number]), blocked.length),
  };
}

function meetingFigures(data: ReportData, options: ReportOptions) {
  const scope = new Set(scopeTopics(options.topics));
  const held = live(data.meetings).filter((m) => m.state === 'held' && m.date >= options.from && m.date <= options.to);
  const heldIds = new Set(held.map((m) => m.id));
  const cases = new Map(live(data.cases).filter((c) => c.trashedAt === null && topicsInScope(c, scope).length > 0).map((c) => [c.id, c] as const));
  const discussed = new Set(live(data.agendaItems).filter((item) => heldIds.has(item.meetingId)).flatMap((item) => item.caseIds.filter((id) => cases.has(id))));
  return {
    meetingsHeld: held.length,
    casesDiscussed: discussed.size,
    guestsHeard: sum(held.map((m) => m.guests.filter((g) => g.presence === 'present').length)),
  };
}

function concernCounts(data: ReportData, options: ReportOptions, population: readonly PeriodCase[]) {
  const inPeriod = new Set(population.map((p) => p.item.id));
  const linkedFromCases = new Map<string, Set<string>>();
  for (const p of population) {
    for (const concernId of p.item.concernIds) linkedFromCases.set(concernId, (linkedFromCases.get(concernId) ?? new Set()).add(p.item.id));
  }
  return live(data.concerns)
    .filter((c) => c.statementApprovedAt !== null && c.publicStatement.trim() !== '')
    .map((c) => ({
      id: c.id,
      statement: c.publicStatement.trim(),
      status: c.status,
      linkedCases: new Set([...c.caseIds.filter((id) => inPeriod.has(id)), ...(linkedFromCases.get(c.id) ?? [])]).size,
    }))
    .filter((entry) => options.topics === 'all' || entry.linkedCases > 0)
    // Never ordered by the counts: the order would tell something about a withheld one.
    .sort((a, b) => compareText(a.statement, b.statement) || compareText(a.id, b.id));
}

// Code-point order: the same on every machine (the app and the command line must agree).
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts everything the report shows (see the header for who is counted). */
export function countReport(data: ReportData, options: ReportOptions): ReportCounts {
  const index = indexHistory(data.history);
  const population = periodCases(data.cases, options, index);
  return {
    ...caseTables(population, options),
    ...followUpTables(data, options, index),
    concerns: concernCounts(data, options, population),
    figures: meetingFigures(data, options),
  };
}

import type { CaseContent, CaseStatus } from '../model/case';

/**
 * Filtering and sorting of the case list, as pure functions so they are tested
 * once and run the same in the UI and in the benchmark.
 */

export interface CaseFilter {
  readonly query: string;
  readonly statuses: readonly CaseStatus[];
  readonly topics: readonly string[];
  readonly responsibleId: string | null;
  readonly onlyOverdueFollowUps: boolean;
  readonly onlyResubmissionDue: boolean;
}

export const EMPTY_CASE_FILTER: CaseFilter = {
  query: '',
  statuses: [],
  topics: [],
  responsibleId: null,
  onlyOverdueFollowUps: false,
  onlyResubmissionDue: false,
};

export interface CaseFilterContext {
  readonly today: string;
  /** Ids of the cases the search words match (see searchIndex.ts); null when there are no search words. */
  readonly textMatches: ReadonlySet<string> | null;
  /** Ids of cases that have at least one overdue follow-up. */
  readonly overdueCaseIds: ReadonlySet<string>;
}

export const CASE_SORT_COLUMNS = ['code', 'title', 'status', 'urgency', 'openedOn', 'resubmissionOn', 'updatedAt'] as const;
export type CaseSortColumn = (typeof CASE_SORT_COLUMNS)[number];
export interface CaseSort {
  readonly column: CaseSortColumn;
  readonly direction: 'ascending' | 'descending';
}

type ListedCase = Pick<CaseContent, 'code' | 'title' | 'status' | 'urgency' | 'topics' | 'responsibleIds' | 'openedOn' | 'resubmissionOn'> & {
  readonly id: string;
  readonly updatedAt: string;
};

/** True when the case's Wiedervorlage date has come. */
export function isResubmissionDue(c: Pick<CaseContent, 'resubmissionOn' | 'status'>, today: string): boolean {
  return c.status !== 'closed' && c.resubmissionOn !== null && c.resubmissionOn <= today;
}

/** The cases that pass every active filter; the search words are matched beforehand, into ctx.textMatches. */
export function filterCases<C extends ListedCase>(cases: readonly C[], filter: CaseFilter, ctx: CaseFilterContext): C[] {
  const { textMatches } = ctx;
  const statuses = new Set(filter.statuses);
  return cases.filter(
    (c) =>
      (statuses.size === 0 || statuses.has(c.status)) &&
      (filter.topics.length === 0 || filter.topics.some((t) => c.topics.includes(t))) &&
      (filter.responsibleId === null || c.responsibleIds.includes(filter.responsibleId)) &&
      (!filter.onlyOverdueFollowUps || ctx.overdueCaseIds.has(c.id)) &&
      (!filter.onlyResubmissionDue || isResubmissionDue(c, ctx.today)) &&
      (textMatches === null || textMatches.has(c.id)),
  );
}

const URGENCY_RANK: Record<string, number> = { low: 0, normal: 1, high: 2, critical: 3 };
const STATUS_RANK: Record<string, number> = { new: 0, in_progress: 1, waiting: 2, closed: 3 };
const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

function compareBy(column: CaseSortColumn, a: ListedCase, b: ListedCase): number {
  switch (column) {
    case 'urgency':
      return (URGENCY_RANK[a.urgency] ?? 0) - (URGENCY_RANK[b.urgency] ?? 0);
    case 'status':
      return (STATUS_RANK[a.status] ?? 0) - (STATUS_RANK[b.status] ?? 0);
    case 'resubmissionOn':
      return (a.resubmissionOn ?? '').localeCompare(b.resubmissionOn ?? '');
    default:
      return collator.compare(a[column], b[column]);
  }
}

/** A sorted copy; ties keep a stable order by case code; cases without a Wiedervorlage come last either way. */
export function sortCases<C extends ListedCase>(cases: readonly C[], sort: CaseSort): C[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const missingLast = (a: C, b: C) =>
    sort.column === 'resubmissionOn' ? Number(a.resubmissionOn === null) - Number(b.resubmissionOn === null) : 0;
  return [...cases].sort(
    (a, b) => missingLast(a, b) || sign * compareBy(sort.column, a, b) || collator.compare(a.code, b.code),
  );
}

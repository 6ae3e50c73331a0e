import { CASE_STATUSES, type Case } from '../../../shared/model/case';
import type { CaseSortColumn, SortDirection } from '../../state/casesSlice';

/**
 * The case list in the order the user chose. Codes and titles compare as people
 * read them (locale-aware, RT-2026-9 before RT-2026-10); status in its workflow
 * order; ties fall back to the code so the order never jumps.
 */
export function sortCaseList(
  cases: readonly Case[],
  sort: { column: CaseSortColumn; direction: SortDirection },
  locale: string,
): Case[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const byColumn = (a: Case, b: Case): number => {
    switch (sort.column) {
      case 'code':
        return collator.compare(a.code, b.code);
      case 'title':
        return collator.compare(a.title, b.title);
      case 'status':
        return CASE_STATUSES.indexOf(a.status) - CASE_STATUSES.indexOf(b.status);
      case 'openedOn':
        return a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : 0;
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...cases].sort((a, b) => sign * byColumn(a, b) || collator.compare(a.code, b.code));
}

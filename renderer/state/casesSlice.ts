import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export const CASE_SORT_COLUMNS = ['code', 'title', 'status', 'openedOn'] as const;
export type CaseSortColumn = (typeof CASE_SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

/** How the case list is shown; filters and search will join the sort here. */
export interface CasesSlice {
  caseSort: { readonly column: CaseSortColumn; readonly direction: SortDirection };
  setCaseSort(column: CaseSortColumn, direction: SortDirection): void;
}

export const createCasesSlice: StateCreator<AppState, [], [], CasesSlice> = (set) => ({
  caseSort: { column: 'openedOn', direction: 'descending' },
  setCaseSort: (column, direction) => set({ caseSort: { column, direction } }),
});

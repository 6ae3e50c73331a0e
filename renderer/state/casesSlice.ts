import type { StateCreator } from 'zustand';
import { EMPTY_CASE_FILTER, type CaseFilter, type CaseSort, type CaseSortColumn } from '../../shared/cases/listQuery';
import type { AppState } from './store';

export { CASE_SORT_COLUMNS, type CaseSortColumn } from '../../shared/cases/listQuery';
export type SortDirection = CaseSort['direction'];

/** The case that just went into the recycle bin, for the "Rückgängig" notice; or its restoration. */
export interface TrashNotice {
  readonly caseId: string;
  readonly code: string;
  readonly state: 'trashed' | 'restored';
}

/** How the Fälle screen is shown: list or recycle bin, sort, filters and search, the undo notice. */
export interface CasesSlice {
  caseSort: CaseSort;
  caseFilter: CaseFilter;
  casesView: 'list' | 'trash' | 'concerns';
  trashNotice: TrashNotice | null;
  setCaseSort(column: CaseSortColumn, direction: SortDirection): void;
  setCaseFilter(patch: Partial<CaseFilter>): void;
  resetCaseFilter(): void;
  showCasesView(view: 'list' | 'trash' | 'concerns'): void;
  setTrashNotice(notice: TrashNotice | null): void;
}

export const createCasesSlice: StateCreator<AppState, [], [], CasesSlice> = (set) => ({
  caseSort: { column: 'openedOn', direction: 'descending' },
  caseFilter: EMPTY_CASE_FILTER,
  casesView: 'list',
  trashNotice: null,
  setCaseSort: (column, direction) => set({ caseSort: { column, direction } }),
  setCaseFilter: (patch) => set((state) => ({ caseFilter: { ...state.caseFilter, ...patch } })),
  resetCaseFilter: () => set({ caseFilter: EMPTY_CASE_FILTER }),
  showCasesView: (casesView) => set({ casesView, selectedCaseId: null }),
  setTrashNotice: (trashNotice) => set({ trashNotice }),
});

import { create } from 'zustand';

/** Which concern's page is open inside the Fälle screen's "Anliegen" view (null: the list). */
export interface ConcernsViewState {
  selectedConcernId: string | null;
  selectConcern(id: string | null): void;
}

export const useConcernsView = create<ConcernsViewState>((set) => ({
  selectedConcernId: null,
  selectConcern: (selectedConcernId) => set({ selectedConcernId }),
}));

export const selectSelectedConcernId = (s: ConcernsViewState) => s.selectedConcernId;
export const selectSelectConcern = (s: ConcernsViewState) => s.selectConcern;

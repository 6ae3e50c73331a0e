import { create } from 'zustand';
import { createCasesSlice, type CasesSlice } from './casesSlice';
import { createFollowUpsSlice, type FollowUpsSlice } from './followUpsSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

/** The whole UI state: one store made of slices. Components read it through ./selectors. */
export type AppState = UiSlice & CasesSlice & FollowUpsSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createUiSlice(...args),
  ...createCasesSlice(...args),
  ...createFollowUpsSlice(...args),
}));

/** Puts the store back to its first state (tests). */
export function resetAppStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}

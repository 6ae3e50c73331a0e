import type { StateCreator } from 'zustand';
import type { TrafficLight } from '../../shared/model/followUp';
import type { AppState } from './store';

/** The views of the Aufgaben screen. */
export const FOLLOW_UP_TABS = ['mine', 'all', 'print'] as const;
export type FollowUpTab = (typeof FOLLOW_UP_TABS)[number];

/** Which follow-up view is shown, and which colour group a link from the Übersicht asked to see. */
export interface FollowUpsSlice {
  followUpTab: FollowUpTab;
  followUpFocus: TrafficLight | null;
  setFollowUpTab(tab: FollowUpTab): void;
  /** Opens the Aufgaben screen on a view, optionally scrolled to one colour group. */
  showFollowUps(tab: FollowUpTab, focus?: TrafficLight | null): void;
  clearFollowUpFocus(): void;
}

export const createFollowUpsSlice: StateCreator<AppState, [], [], FollowUpsSlice> = (set) => ({
  followUpTab: 'mine',
  followUpFocus: null,
  setFollowUpTab: (followUpTab) => set({ followUpTab }),
  showFollowUps: (followUpTab, focus = null) => set({ screen: 'followUps', dialog: null, followUpTab, followUpFocus: focus }),
  clearFollowUpFocus: () => set({ followUpFocus: null }),
});

export const selectFollowUpTab = (s: AppState) => s.followUpTab;
export const selectSetFollowUpTab = (s: AppState) => s.setFollowUpTab;
export const selectFollowUpFocus = (s: AppState) => s.followUpFocus;
export const selectShowFollowUps = (s: AppState) => s.showFollowUps;
export const selectClearFollowUpFocus = (s: AppState) => s.clearFollowUpFocus;

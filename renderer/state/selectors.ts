import type { AppState } from './store';

// Selectors keep components subscribed to exactly the values they show.
export const selectScreen = (s: AppState) => s.screen;
export const selectNavigate = (s: AppState) => s.navigate;
export const selectSelectedCaseId = (s: AppState) => s.selectedCaseId;
export const selectSelectCase = (s: AppState) => s.selectCase;
export const selectDialog = (s: AppState) => s.dialog;
export const selectOpenDialog = (s: AppState) => s.openDialog;
export const selectCloseDialog = (s: AppState) => s.closeDialog;
export const selectNotice = (s: AppState) => s.notice;
export const selectShowNotice = (s: AppState) => s.showNotice;
export const selectCaseSort = (s: AppState) => s.caseSort;
export const selectSetCaseSort = (s: AppState) => s.setCaseSort;
export const selectCaseFilter = (s: AppState) => s.caseFilter;
export const selectSetCaseFilter = (s: AppState) => s.setCaseFilter;
export const selectResetCaseFilter = (s: AppState) => s.resetCaseFilter;
export const selectCasesView = (s: AppState) => s.casesView;
export const selectShowCasesView = (s: AppState) => s.showCasesView;
export const selectTrashNotice = (s: AppState) => s.trashNotice;
export const selectSetTrashNotice = (s: AppState) => s.setTrashNotice;

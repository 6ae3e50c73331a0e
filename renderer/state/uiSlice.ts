import type { StateCreator } from 'zustand';
import type { AppError } from '../../shared/errors/result';
import type { Screen } from '../../shared/ipc/contract';
import type { AppState } from './store';

/** The one dialog that may be open at a time; null when none is. */
export type OpenDialog =
  | { readonly kind: 'caseForm'; readonly caseId: string | null }
  | { readonly kind: 'deleteCase'; readonly caseId: string }
  | null;

/** Where the user is and what they have open: nothing here is data, data lives in Dexie. */
export interface UiSlice {
  screen: Screen;
  selectedCaseId: string | null;
  dialog: OpenDialog;
  /** An error of a background action (e.g. printing from the menu) shown above the screen. */
  notice: AppError | null;
  /** Set when the Austausch screen should open on its import tab (first start: "Datei vom Moderator"). */
  exchangeStartsWithImport: boolean;
  navigate(screen: Screen): void;
  openExchangeImport(): void;
  selectCase(caseId: string | null): void;
  openDialog(dialog: Exclude<OpenDialog, null>): void;
  closeDialog(): void;
  showNotice(error: AppError | null): void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  screen: 'overview',
  selectedCaseId: null,
  dialog: null,
  notice: null,
  exchangeStartsWithImport: false,
  navigate: (screen) => set({ screen, dialog: null }),
  openExchangeImport: () => set({ screen: 'exchange', dialog: null, exchangeStartsWithImport: true }),
  selectCase: (selectedCaseId) => set({ selectedCaseId }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  showNotice: (notice) => set({ notice }),
});

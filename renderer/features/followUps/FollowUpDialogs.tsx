import { useState } from 'react';
import { FollowUpDetailDialog, type DetailMode } from './FollowUpDetailDialog';
import { FollowUpFormDialog } from './FollowUpFormDialog';

/** The follow-up dialog open on a screen: the form (new or edit) or one follow-up's details. */
export type FollowUpDialog =
  | { readonly kind: 'form'; readonly followUpId: string | null; readonly caseId: string | null }
  | { readonly kind: 'detail'; readonly followUpId: string; readonly mode: DetailMode }
  | null;

/** What a list needs to open the follow-up dialogs. */
export interface FollowUpDialogControls {
  readonly dialog: FollowUpDialog;
  create(caseId?: string | null): void;
  open(followUpId: string): void;
  complete(followUpId: string): void;
  close(): void;
  edit(followUpId: string): void;
}

/**
 * The dialog state of one screen. It is local to the screen (not in the store):
 * leaving the screen closes its dialogs, as it does for every other screen.
 */
export function useFollowUpDialogs(): FollowUpDialogControls {
  const [dialog, setDialog] = useState<FollowUpDialog>(null);
  return {
    dialog,
    create: (caseId = null) => setDialog({ kind: 'form', followUpId: null, caseId }),
    open: (followUpId) => setDialog({ kind: 'detail', followUpId, mode: 'view' }),
    complete: (followUpId) => setDialog({ kind: 'detail', followUpId, mode: 'done' }),
    edit: (followUpId) => setDialog({ kind: 'form', followUpId, caseId: null }),
    close: () => setDialog(null),
  };
}

/** Renders whichever follow-up dialog is open. */
export function FollowUpDialogs({ controls }: { controls: FollowUpDialogControls }) {
  const { dialog } = controls;
  if (dialog === null) return null;
  if (dialog.kind === 'form')
    return <FollowUpFormDialog followUpId={dialog.followUpId} caseId={dialog.caseId} onClose={controls.close} />;
  return (
    <FollowUpDetailDialog
      key={`${dialog.followUpId}-${dialog.mode}`}
      followUpId={dialog.followUpId}
      initialMode={dialog.mode}
      onEdit={controls.edit}
      onClose={controls.close}
    />
  );
}

import { useEffect } from 'react';
import {
  selectCasesView,
  selectCloseDialog,
  selectDialog,
  selectSelectCase,
  selectSelectedCaseId,
  selectSetTrashNotice,
} from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CasesViewSwitch } from '../concerns/CasesViewSwitch';
import { ConcernsView } from '../concerns/ConcernsView';
import { CaseDetailPage } from './CaseDetailPage';
import { CaseFormDialog } from './CaseFormDialog';
import { CaseListView } from './CaseListView';
import { useRetainCaseList } from './caseListStore';
import { DeleteCaseDialog } from './DeleteCaseDialog';
import { TrashNotice } from './TrashNotice';
import { TrashView } from './TrashView';
import './cases.css';

/** Fälle: the list, a case's own page (when one is selected), or the recycle bin; plus their dialogs. */
export function CasesScreen() {
  const selectedCaseId = useAppStore(selectSelectedCaseId);
  const view = useAppStore(selectCasesView);
  const dialog = useAppStore(selectDialog);
  const closeDialog = useAppStore(selectCloseDialog);
  const selectCase = useAppStore(selectSelectCase);
  const setTrashNotice = useAppStore(selectSetTrashNotice);
  // The case list stays read while a case's page is open, so "back" shows it at once.
  useRetainCaseList();
  const editCaseId = dialog?.kind === 'caseForm' ? dialog.caseId : null;

  // "Edit case" from elsewhere (e.g. the menu) means: open the case's page, where everything is edited in place.
  useEffect(() => {
    if (editCaseId === null) return;
    closeDialog();
    selectCase(editCaseId);
  }, [editCaseId, closeDialog, selectCase]);

  // The undo notice belongs to the list it was shown over; opening a case or the bin (which offers restore itself) ends it.
  useEffect(() => {
    if (selectedCaseId !== null || view === 'trash') setTrashNotice(null);
  }, [selectedCaseId, view, setTrashNotice]);

  let body;
  if (selectedCaseId !== null) body = <CaseDetailPage key={selectedCaseId} caseId={selectedCaseId} />;
  else if (view === 'trash') body = <TrashView />;
  else if (view === 'concerns') body = <ConcernsView />;
  else body = <CaseListView />;

  return (
    <>
      {selectedCaseId === null && <CasesViewSwitch />}
      {body}
      <TrashNotice />
      {dialog?.kind === 'caseForm' && dialog.caseId === null && <CaseFormDialog onClose={closeDialog} />}
      {dialog?.kind === 'deleteCase' && <DeleteCaseDialog caseId={dialog.caseId} onClose={closeDialog} />}
    </>
  );
}

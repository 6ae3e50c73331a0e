import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { ModalDialog } from '../../components/ModalDialog';
import { getCase } from '../../db/queries/cases';
import { eraseCase } from '../../db/repositories/cases';
import { selectSelectCase, selectSelectedCaseId, selectSetTrashNotice } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { focusCasesHeading } from './focus';

/** Asks before a case is erased for good (an alert dialog; Cancel has the focus). */
export function DeleteCaseDialog({ caseId, onClose }: { caseId: string; onClose(): void }) {
  const { t } = useTranslation();
  const bodyId = useId();
  const found = useLiveQuery(async () => (await getCase(caseId)) ?? null, [caseId]);
  const selectedCaseId = useAppStore(selectSelectedCaseId);
  const selectCase = useAppStore(selectSelectCase);
  const setTrashNotice = useAppStore(selectSetTrashNotice);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isErasing, setErasing] = useState(false);

  async function erase(): Promise<void> {
    setErasing(true);
    const erased = await eraseCase(caseId);
    setErasing(false);
    if (!erased.ok) {
      setFailure(erased.error);
      return;
    }
    if (selectedCaseId === caseId) selectCase(null);
    // An undo notice for this case would now point at nothing.
    if (useAppStore.getState().trashNotice?.caseId === caseId) setTrashNotice(null);
    onClose();
    // The button that opened the dialog went with the case; land on the view's heading.
    focusCasesHeading();
  }

  return (
    <ModalDialog title={t('deleteCase.title')} role="alertdialog" describedBy={bodyId} size="small" onClose={onClose}>
      {found === undefined && <LoadingState />}
      {found === null && <ErrorAlert error={{ code: 'db/not-found', message: `cases/${caseId}` }} />}
      {found && (
        <p id={bodyId} className="dialog-text">
          {t('deleteCase.body', { code: found.code, title: found.title })}
        </p>
      )}
      {failure && <ErrorAlert error={failure} />}
      <div className="dialog-actions">
        <Button className="button" onPress={onClose} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button className="button button-danger" onPress={() => void erase()} isDisabled={!found} isPending={isErasing}>
          {t('deleteCase.confirm')}
        </Button>
      </div>
    </ModalDialog>
  );
}

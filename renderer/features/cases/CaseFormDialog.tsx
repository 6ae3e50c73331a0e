import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { emptyCaseContent, type CaseContent } from '../../../shared/model/case';
import { localDay } from '../../../shared/model/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { ModalDialog } from '../../components/ModalDialog';
import { getCase } from '../../db/queries/cases';
import { createCase, suggestCaseCode, updateCase } from '../../db/repositories/cases';
import { now } from '../../platform/clock';
import { useAppStore } from '../../state/store';
import { selectSelectCase } from '../../state/selectors';
import { CaseForm } from './CaseForm';

/** Content for a new case: today's date and the next free code of this year. */
async function newCaseContent(): Promise<CaseContent> {
  const today = now();
  return emptyCaseContent(await suggestCaseCode(new Date(today).getFullYear()), localDay(today));
}

/** The dialog that creates a case (caseId null) or edits one. */
export function CaseFormDialog({ caseId, onClose }: { caseId: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const selectCase = useAppStore(selectSelectCase);
  // null: the case to edit no longer exists (erased meanwhile); undefined: still loading.
  const initial = useLiveQuery(
    async () => (caseId === null ? newCaseContent() : ((await getCase(caseId)) ?? null)),
    [caseId],
  );
  const isNew = caseId === null;

  let body;
  if (initial === undefined) body = <LoadingState />;
  else if (initial === null) body = <ErrorAlert error={{ code: 'db/not-found', message: `cases/${caseId}` }} />;
  else
    body = (
      <CaseForm
        // The form takes its values once; a later live update must not overwrite what the user typed.
        key={caseId ?? 'new'}
        initial={initial}
        submitLabel={isNew ? t('caseForm.create') : t('caseForm.save')}
        onCancel={onClose}
        onSubmit={async (content, patch) => {
          const saved = caseId === null ? await createCase(content) : await updateCase(caseId, patch);
          if (saved.ok) {
            selectCase(caseId ?? (saved.data as string));
            onClose();
          }
          return saved;
        }}
      />
    );

  return (
    <ModalDialog title={isNew ? t('caseForm.createTitle') : t('caseForm.editTitle')} onClose={onClose}>
      {body}
    </ModalDialog>
  );
}

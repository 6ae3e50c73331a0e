import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { emptyCaseContent, type CaseContent } from '../../../shared/model/case';
import { localDay } from '../../../shared/model/dates';
import { LoadingState } from '../../components/LoadingState';
import { ModalDialog } from '../../components/ModalDialog';
import { createCase, suggestCaseCode } from '../../db/repositories/cases';
import { now } from '../../platform/clock';
import { selectSelectCase } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CaseForm } from './CaseForm';

/** Content for a new case: today's date and the next free code of this year. */
async function newCaseContent(): Promise<CaseContent> {
  const today = now();
  return emptyCaseContent(await suggestCaseCode(new Date(today).getFullYear()), localDay(today));
}

/** The dialog that creates a case with the fields it needs at first; its page then shows all the others. */
export function CaseFormDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const selectCase = useAppStore(selectSelectCase);
  // Read once: the suggested code must not jump while the user types.
  const initial = useLiveQuery(newCaseContent, []);

  return (
    <ModalDialog title={t('caseForm.createTitle')} onClose={onClose}>
      {initial === undefined ? (
        <LoadingState />
      ) : (
        <CaseForm
          initial={initial}
          variant="create"
          submitLabel={t('caseForm.create')}
          onCancel={onClose}
          onSubmit={async (content) => {
            const saved = await createCase(content);
            if (saved.ok) {
              onClose();
              selectCase(saved.data);
            }
            return saved;
          }}
        />
      )}
    </ModalDialog>
  );
}

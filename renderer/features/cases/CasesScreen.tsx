import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { listCases } from '../../db/queries/cases';
import { LOCALES } from '../../i18n';
import { useLanguage } from '../../i18n/useLanguage';
import { selectCaseSort, selectCloseDialog, selectDialog, selectOpenDialog, selectSetCaseSort } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CaseFormDialog } from './CaseFormDialog';
import { CaseTable } from './CaseTable';
import { DeleteCaseDialog } from './DeleteCaseDialog';
import { sortCaseList } from './sortCaseList';

/** Fälle: the list of cases with create, edit and delete. */
export function CasesScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const cases = useLiveQuery(listCases);
  const sort = useAppStore(selectCaseSort);
  const setCaseSort = useAppStore(selectSetCaseSort);
  const dialog = useAppStore(selectDialog);
  const openDialog = useAppStore(selectOpenDialog);
  const closeDialog = useAppStore(selectCloseDialog);
  const sorted = useMemo(() => (cases ? sortCaseList(cases, sort, LOCALES[language]) : undefined), [cases, sort, language]);

  const newCaseButton = (
    <Button className="button button-primary" onPress={() => openDialog({ kind: 'caseForm', caseId: null })}>
      {t('cases.newCase')}
    </Button>
  );

  return (
    <>
      {sorted === undefined && <LoadingState />}
      {sorted?.length === 0 && (
        <section className="empty-state" aria-labelledby="cases-empty-title">
          <h2 id="cases-empty-title">{t('cases.emptyTitle')}</h2>
          <p>{t('cases.emptyBody')}</p>
          {newCaseButton}
        </section>
      )}
      {sorted && sorted.length > 0 && (
        <>
          <div className="toolbar">
            <p className="toolbar-count">{t('cases.count', { count: sorted.length })}</p>
            {newCaseButton}
          </div>
          <CaseTable
            cases={sorted}
            sort={sort}
            onSortChange={setCaseSort}
            onEdit={(caseId) => openDialog({ kind: 'caseForm', caseId })}
            onDelete={(caseId) => openDialog({ kind: 'deleteCase', caseId })}
          />
        </>
      )}
      {dialog?.kind === 'caseForm' && <CaseFormDialog caseId={dialog.caseId} onClose={closeDialog} />}
      {dialog?.kind === 'deleteCase' && <DeleteCaseDialog caseId={dialog.caseId} onClose={closeDialog} />}
    </>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../shared/model/dates';
import { LoadingState } from '../../components/LoadingState';
import { listTrashedCases } from '../../db/queries/cases';
import { formatDay } from '../../i18n/format';
import { selectOpenDialog, selectShowCasesView } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CASES_HEADING_ID, focusCasesHeading } from './focus';
import { useRestoreCase } from './useTrashCase';

/** The Papierkorb: trashed cases with "Wiederherstellen" and "Endgültig löschen" (GDPR erasure). */
export function TrashView() {
  const { t } = useTranslation();
  const trashed = useLiveQuery(listTrashedCases);
  const showCasesView = useAppStore(selectShowCasesView);
  const openDialog = useAppStore(selectOpenDialog);
  const restore = useRestoreCase();

  useEffect(() => focusCasesHeading(), []);

  return (
    <section className="trash-view" aria-labelledby={CASES_HEADING_ID}>
      <Button className="button button-quiet back-button" onPress={() => showCasesView('list')}>
        <span aria-hidden="true">←</span> {t('caseTrash.backToList')}
      </Button>
      <h2 id={CASES_HEADING_ID} className="case-heading" tabIndex={-1}>
        {t('caseTrash.title')}
      </h2>
      <p className="field-hint">{t('caseTrash.intro')}</p>
      {trashed === undefined && <LoadingState />}
      {trashed?.length === 0 && <p className="empty-state">{t('caseTrash.empty')}</p>}
      {trashed && trashed.length > 0 && (
        <table className="plain-table">
          <caption className="visually-hidden">{t('caseTrash.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.columns.code')}</th>
              <th scope="col">{t('cases.columns.title')}</th>
              <th scope="col">{t('caseTrash.trashedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('cases.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {trashed.map((item) => (
              <tr key={item.id}>
                <th scope="row" className="cell-code">
                  {item.code}
                </th>
                <td>{item.title}</td>
                <td className="cell-date">{item.trashedAt && formatDay(localDay(Date.parse(item.trashedAt)))}</td>
                <td>
                  <div className="row-actions">
                    <Button className="button button-small" aria-label={t('caseTrash.restoreCase', { code: item.code })} onPress={() => void restore(item)}>
                      {t('caseTrash.restore')}
                    </Button>
                    <Button
                      className="button button-small button-quiet-danger"
                      aria-label={t('caseTrash.eraseCase', { code: item.code })}
                      onPress={() => openDialog({ kind: 'deleteCase', caseId: item.id })}
                    >
                      {t('caseTrash.erase')}
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { TextInputField } from '../../components/TextInputField';
import { countCasesPerConcern, listConcerns } from '../../db/queries/concerns';
import { createConcern, newConcernContent } from '../../db/repositories/concerns';
import type { AppError } from '../../../shared/errors/result';
import { selectSelectConcern, useConcernsView } from './concernsStore';

/** The Anliegen: a table with stage, number of cases and whether the statement is approved; and "Neues Anliegen". */
export function ConcernList() {
  const { t } = useTranslation();
  const concerns = useLiveQuery(listConcerns);
  const counts = useLiveQuery(countCasesPerConcern);
  const selectConcern = useConcernsView(selectSelectConcern);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  async function create(): Promise<void> {
    const created = await createConcern(newConcernContent(title.trim()));
    if (!created.ok) {
      setError(created.error);
      return;
    }
    setTitle('');
    setError(null);
    selectConcern(created.data);
  }

  return (
    <section className="concern-list" aria-labelledby="concerns-heading">
      <h2 id="concerns-heading" className="case-heading" tabIndex={-1}>
        {t('concerns.title')}
      </h2>
      <p className="field-hint">{t('concerns.intro')}</p>
      <Form
        className="concern-new"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <TextInputField label={t('concerns.newTitle')} value={title} onChange={setTitle} maxLength={200} name="concernTitle" />
        <Button type="submit" className="button button-primary" isDisabled={title.trim() === ''}>
          {t('concerns.create')}
        </Button>
      </Form>
      {error && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      {concerns === undefined && <LoadingState />}
      {concerns?.length === 0 && <p className="empty-state">{t('concerns.empty')}</p>}
      {concerns && concerns.length > 0 && (
        <div className="table-scroll">
          <table className="plain-table">
            <caption className="visually-hidden">{t('concerns.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('concerns.columns.title')}</th>
                <th scope="col">{t('concerns.columns.status')}</th>
                <th scope="col">{t('concerns.columns.cases')}</th>
                <th scope="col">{t('concerns.columns.statement')}</th>
              </tr>
            </thead>
            <tbody>
              {concerns.map((concern) => (
                <tr key={concern.id}>
                  <td>
                    <Button className="button button-quiet" onPress={() => selectConcern(concern.id)}>
                      {concern.title}
                    </Button>
                  </td>
                  <td>{t(`concerns.statuses.${concern.status}`)}</td>
                  <td>{counts?.get(concern.id) ?? 0}</td>
                  <td>{concern.statementApprovedAt ? t('concerns.approved') : t('concerns.notApproved')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

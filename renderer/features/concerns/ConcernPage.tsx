import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CONCERN_STATUSES } from '../../../shared/model/concern';
import type { HistoryEntry } from '../../../shared/model/historyEntry';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { getConcern, listConcernCases, listConcernHistory } from '../../db/queries/concerns';
import { formatDay } from '../../i18n/format';
import { selectSelectCase } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { ConcernForm } from './ConcernForm';
import { selectSelectConcern, useConcernsView } from './concernsStore';
import { StatementSection } from './StatementSection';

function isConcernStatus(value: string | null): value is (typeof CONCERN_STATUSES)[number] {
  return (CONCERN_STATUSES as readonly (string | null)[]).includes(value);
}

function HistoryLine({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const status = (value: string | null) => (isConcernStatus(value) ? t(`concerns.statuses.${value}`) : (value ?? ''));
  const text = entry.kind === 'concern_status' ? t('concerns.history.status', { from: status(entry.from), to: status(entry.to) }) : t('concerns.history.approved');
  return (
    <li>
      <span className="field-hint">{formatDay(entry.at.slice(0, 10))}</span> {text}
    </li>
  );
}

/** Linked cases by code only (nothing else of a case shows on a concern) and the concern's history. */
function ConcernSide({ concernId }: { concernId: string }) {
  const { t } = useTranslation();
  const cases = useLiveQuery(() => listConcernCases(concernId), [concernId]);
  const history = useLiveQuery(() => listConcernHistory(concernId), [concernId]);
  const selectCase = useAppStore(selectSelectCase);
  return (
    <div className="concern-side">
      <section className="panel" aria-labelledby="concern-cases-title">
        <h3 id="concern-cases-title" className="panel-title">
          {t('concerns.casesTitle')}
        </h3>
        {cases?.length === 0 && <p className="field-hint">{t('concerns.casesEmpty')}</p>}
        {cases && cases.length > 0 && (
          <ul className="concern-codes" aria-label={t('concerns.casesTitle')}>
            {cases.map((c) => (
              <li key={c.id}>
                <Button className="button button-small" aria-label={t('concerns.openCase', { code: c.code })} onPress={() => selectCase(c.id)}>
                  {c.code}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="concern-history-title">
        <h3 id="concern-history-title" className="panel-title">
          {t('concerns.historyTitle')}
        </h3>
        {history?.length === 0 && <p className="field-hint">{t('concerns.historyEmpty')}</p>}
        {history && history.length > 0 && (
          <ol className="concern-history">
            {history.map((entry) => (
              <HistoryLine key={entry.id} entry={entry} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

/** An Anliegen's own page: its fields, the public statement with its approval, its cases and history. */
export function ConcernPage({ concernId }: { concernId: string }) {
  const { t } = useTranslation();
  const found = useLiveQuery(async () => (await getConcern(concernId)) ?? null, [concernId]);
  const selectConcern = useConcernsView(selectSelectConcern);
  const loaded = found !== undefined;

  useEffect(() => {
    if (loaded) document.getElementById('concern-heading')?.focus();
  }, [loaded]);

  if (found === undefined) return <LoadingState />;
  if (found === null) return <ErrorAlert error={{ code: 'db/not-found', message: `concerns/${concernId}` }} />;
  return (
    <div className="concern-page">
      <Button className="button button-quiet back-button" onPress={() => selectConcern(null)}>
        <span aria-hidden="true">←</span> {t('concerns.back')}
      </Button>
      <h2 id="concern-heading" className="case-heading" tabIndex={-1}>
        {found.title}
      </h2>
      <span className={`status concern-status-${found.status}`}>{t(`concerns.statuses.${found.status}`)}</span>
      <div className="concern-columns">
        <div>
          <section className="panel" aria-labelledby="concern-details-title">
            <h3 id="concern-details-title" className="panel-title">
              {t('concerns.title')}
            </h3>
            <ConcernForm key={concernId} concern={found} />
          </section>
          <StatementSection key={`${concernId}-statement`} concern={found} />
        </div>
        <ConcernSide concernId={concernId} />
      </div>
    </div>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ExchangeScope } from '../../../shared/exchange';
import { PII_TYPE_LABELS } from '../../../shared/pii';
import { readSetting } from '../../db/repositories/settings';
import { collectRecords } from '../../exchange/scope';
import { scanRecordsForPii } from './scanRecords';
import './pii.css';

/**
 * Before an export: the findings of the personal-data scan over every free text the file
 * would carry — a count per type, and the records concerned by case code — so a person can
 * look before it leaves.
 */
export function PiiFindingsSummary({ scope }: { scope: ExchangeScope }) {
  const { t, i18n } = useTranslation();
  const labels = PII_TYPE_LABELS[i18n.language === 'en' ? 'en' : 'de'];
  const scopeKey = JSON.stringify(scope);
  const summary = useLiveQuery(async () => scanRecordsForPii(await collectRecords(scope, await readSetting('currentMemberId'))), [scopeKey]);
  if (summary === undefined) return <p className="loading">{t('pii.exportLoading')}</p>;
  const codes = [...new Set(summary.records.map((r) => r.caseCode).filter((c): c is string => c !== null))].sort();
  const others = summary.records.filter((r) => r.caseCode === null).length;
  return (
    <section className="pii-summary" aria-labelledby="pii-summary-title" data-testid="pii-summary">
      <h3 id="pii-summary-title" className="ex-summary-title">
        {t('pii.exportTitle')}
      </h3>
      {summary.total === 0 ? (
        <p>{t('pii.exportNone')}</p>
      ) : (
        <>
          <p>{t('pii.exportFound', { count: summary.total })}</p>
          <ul className="pii-summary-types">
            {summary.byType.map(({ type, count }) => (
              <li key={type}>{t('pii.typeCount', { label: labels[type], count })}</li>
            ))}
          </ul>
          {codes.length > 0 && (
            <p>
              {t('pii.exportRecords')}: {codes.join(', ')}
            </p>
          )}
          {others > 0 && <p>{t('pii.exportOthers', { count: others })}</p>}
          <p className="field-hint">{t('pii.exportHint')}</p>
        </>
      )}
    </section>
  );
}

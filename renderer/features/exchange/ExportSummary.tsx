import { useTranslation } from 'react-i18next';
import { ENTITY_NAMES } from '../../../shared/model/entities';
import type { ExportPlan } from '../../exchange/exportFile';
import { formatNumber } from '../../i18n/format';
import { entityLabel } from './labels';
import { ScopeText } from './ScopeText';

/** "Das verlässt dieses Gerät": counts per kind, the scope and who can open the file, shown before anything is written. */
export function ExportSummary({ plan, protection, myMemberId }: { plan: ExportPlan; protection: 'members' | 'passphrase'; myMemberId: string | null }) {
  const { t } = useTranslation();
  const rows = ENTITY_NAMES.filter((name) => (plan.counts[name] ?? 0) > 0);
  return (
    <section className="ex-summary" aria-labelledby="export-summary-title">
      <h3 id="export-summary-title" className="ex-summary-title">
        {t('exchange.export.summaryTitle')}
      </h3>
      <dl className="facts">
        <dt>{t('exchange.export.summaryScope')}</dt>
        <dd>
          <ScopeText scope={plan.scope} />
        </dd>
        <dt>{t('exchange.export.summaryRecipients')}</dt>
        <dd>
          {protection === 'passphrase'
            ? t('exchange.export.summaryPassphrase')
            : plan.recipients.map((r) => (r.memberId === myMemberId ? t('exchange.export.you', { name: r.name }) : r.name)).join(', ')}
        </dd>
      </dl>
      <table className="ex-count-table">
        <thead>
          <tr>
            <th scope="col">{t('exchange.export.summaryEntity')}</th>
            <th scope="col" className="ex-number">
              {t('exchange.export.summaryCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((name) => (
            <tr key={name}>
              <th scope="row">{entityLabel(t, name)}</th>
              <td className="ex-number">{formatNumber(plan.counts[name] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('exchange.export.summaryTotal')}</th>
            <td className="ex-number">{formatNumber(plan.total)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

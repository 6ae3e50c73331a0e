import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import type { HistoryEntry } from '../../../shared/model/historyEntry';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { historyByFollowUp } from '../../db/queries/followUps';
import { formatDay } from '../../i18n/format';
import { getPlatform } from '../../platform';
import { FollowUpHistory } from './FollowUpHistory';
import { groupByLight, LIGHT_ORDER, type LitFollowUp } from './lights';
import { LightShape, TrafficLightBadge } from './TrafficLightBadge';
import type { FollowUpLookups } from './useFollowUpLookups';

export interface AmpelListeProps {
  items: readonly LitFollowUp[];
  lookups: FollowUpLookups;
}

function Entry({ item, lookups, history }: { item: LitFollowUp; lookups: FollowUpLookups; history: readonly HistoryEntry[] }) {
  const { t } = useTranslation();
  const { followUp, verdict } = item;
  const linkedCase = followUp.caseId ? lookups.cases.get(followUp.caseId) : undefined;
  return (
    <article className="ampel-entry" aria-label={followUp.title}>
      <h3 className="ampel-entry-title">
        <TrafficLightBadge light={verdict.light} reason={verdict.reason} /> {followUp.title}
      </h3>
      <p className="ampel-entry-facts">
        {[
          `${t('followUps.fields.status')}: ${t(`followUps.status.${followUp.status}`)}`,
          `${t('followUps.fields.dueOn')}: ${followUp.dueOn ? formatDay(followUp.dueOn) : t('followUps.noDueDate')}`,
          `${t('followUps.fields.owner')}: ${(followUp.ownerId && lookups.names.get(followUp.ownerId)) || t('followUps.nobody')}`,
          linkedCase ? `${t('followUps.fields.case')}: ${linkedCase.code}` : null,
          followUp.status === 'blocked' && followUp.blockedCategory
            ? `${t('followUps.fields.blockedCategory')}: ${t(`followUps.category.${followUp.blockedCategory}`)} – ${followUp.blockedReason}`
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <FollowUpHistory followUp={followUp} entries={history} names={lookups.names} today={lookups.today} yellowDays={lookups.yellowDays} headingLevel={4} />
    </article>
  );
}

/**
 * The Ampelliste: every follow-up by colour with its history, laid out to be printed
 * or saved as a PDF (desktop: printToPDF; web: the browser's print dialog). The
 * print stylesheet hides the app around it.
 */
export function AmpelListe({ items, lookups }: AmpelListeProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<AppError | null>(null);
  const ids = items.map((item) => item.followUp.id);
  const key = ids.join(',');
  const history = useLiveQuery(() => historyByFollowUp(ids), [key]);
  const groups = groupByLight(items);
  const sections = [...LIGHT_ORDER.map((light) => ({ id: light, list: groups[light] })), { id: 'done' as const, list: groups.done }];

  async function print(): Promise<void> {
    setFailure(null);
    const printed = await getPlatform().printToPdf({ suggestedName: `Ampelliste-${lookups.today}`, landscape: false });
    if (!printed.ok && printed.error.code !== 'file/cancelled') setFailure(printed.error);
  }

  return (
    <div className="ampelliste-view">
      <div className="toolbar no-print">
        <p className="toolbar-count">{t('followUps.print.hint')}</p>
        <Button className="button button-primary" onPress={() => void print()}>
          {t('followUps.print.button')}
        </Button>
      </div>
      {failure && <ErrorAlert error={failure} />}
      {history === undefined ? (
        <LoadingState />
      ) : (
        <article className="ampelliste" aria-labelledby="ampelliste-title">
          <header className="ampelliste-header">
            <h2 id="ampelliste-title">{t('followUps.print.title')}</h2>
            <p>{t('followUps.print.asOf', { date: formatDay(lookups.today) })}</p>
            <p className="ampelliste-summary">
              {LIGHT_ORDER.map((light) => (
                <span key={light} className={`ampel ampel-${light}`}>
                  <LightShape light={light} />
                  <span className="ampel-label">{t(`followUps.groups.${light}`, { count: groups[light].length })}</span>
                </span>
              ))}
            </p>
          </header>
          {sections.map(({ id, list }) => (
            <section key={id} className={`ampel-section ampel-section-${id}`} aria-labelledby={`ampel-${id}`}>
              <h2 id={`ampel-${id}`} className="group-title">
                {id !== 'done' && <LightShape light={id} />}
                {t(`followUps.groups.${id}`, { count: list.length })}
              </h2>
              {list.length === 0 ? (
                <p className="muted">{t('followUps.groups.none')}</p>
              ) : (
                list.map((item) => <Entry key={item.followUp.id} item={item} lookups={lookups} history={history.get(item.followUp.id) ?? []} />)
              )}
            </section>
          ))}
        </article>
      )}
    </div>
  );
}

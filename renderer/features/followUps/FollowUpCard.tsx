import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../i18n/format';
import type { LitFollowUp } from './lights';
import { TrafficLightBadge } from './TrafficLightBadge';
import type { FollowUpLookups } from './useFollowUpLookups';

export interface FollowUpCardProps {
  item: LitFollowUp;
  lookups: FollowUpLookups;
  onOpen(id: string): void;
  onComplete(id: string): void;
  /** Hides the case link where the case is obvious (on the case's own page). */
  showCase?: boolean;
}

/** One follow-up in a list: its light (shape and word), what, for which case, who, by when, and its status. */
export function FollowUpCard({ item, lookups, onOpen, onComplete, showCase = true }: FollowUpCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { followUp, verdict } = item;
  const linkedCase = followUp.caseId ? lookups.cases.get(followUp.caseId) : undefined;
  const owner = followUp.ownerId ? lookups.names.get(followUp.ownerId) : undefined;
  return (
    <article className={`follow-up-card follow-up-${verdict.light}`} aria-labelledby={titleId}>
      <div className="follow-up-light">
        <TrafficLightBadge light={verdict.light} reason={verdict.reason} layout="stacked" />
      </div>
      <div className="follow-up-body">
        <h3 id={titleId} className="follow-up-title">
          {followUp.title}
        </h3>
        <dl className="follow-up-facts">
          <div>
            <dt>{t('followUps.fields.status')}</dt>
            <dd>{t(`followUps.status.${followUp.status}`)}</dd>
          </div>
          <div>
            <dt>{t('followUps.fields.dueOn')}</dt>
            <dd>{followUp.dueOn ? formatDay(followUp.dueOn) : t('followUps.noDueDate')}</dd>
          </div>
          <div>
            <dt>{t('followUps.fields.owner')}</dt>
            <dd>{owner ?? t('followUps.nobody')}</dd>
          </div>
          {showCase && linkedCase && (
            <div>
              <dt>{t('followUps.fields.case')}</dt>
              <dd>{linkedCase.code}</dd>
            </div>
          )}
          {followUp.waitingOnThirdParty && followUp.status !== 'done' && (
            <div>
              <dt>{t('followUps.fields.waiting')}</dt>
              <dd>{t('followUps.yes')}</dd>
            </div>
          )}
        </dl>
      </div>
      <div className="follow-up-actions">
        {/* Native buttons: a list holds many cards (a case page, the Aufgaben screen), and react-aria's Button costs far more to draw. */}
        <button type="button" className="button button-small" aria-label={t('followUps.openNamed', { title: followUp.title })} onClick={() => onOpen(followUp.id)}>
          {t('followUps.open')}
        </button>
        {followUp.status !== 'done' && (
          <button
            type="button"
            className="button button-small"
            aria-label={t('followUps.completeNamed', { title: followUp.title })}
            onClick={() => onComplete(followUp.id)}
          >
            {t('followUps.complete')}
          </button>
        )}
      </div>
    </article>
  );
}

import { memo, useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import type { FollowUp } from '../../../shared/model/followUp';
import { FollowUpDialogs, useFollowUpDialogs } from './FollowUpDialogs';
import { FollowUpList } from './FollowUpList';
import { lightUp } from './lights';
import type { FollowUpLookups } from './useFollowUpLookups';

/**
 * The follow-ups of one case, each with its light, and "Aufgabe anlegen" for a new
 * one linked to the case. Embedded in the case's detail page.
 */
export const CaseFollowUps = memo(function CaseFollowUps({
  caseId,
  followUps,
  lookups,
}: {
  caseId: string;
  /** Read with the rest of the case's page (casePageStore); undefined while it is read. */
  followUps: readonly FollowUp[] | undefined;
  lookups: FollowUpLookups;
}) {
  const { t } = useTranslation();
  const controls = useFollowUpDialogs();
  const lit = useMemo(
    () => (followUps ? lightUp(followUps, lookups.today, lookups.yellowDays) : undefined),
    [followUps, lookups.today, lookups.yellowDays],
  );
  return (
    <section className="case-follow-ups" aria-labelledby={`case-follow-ups-${caseId}`}>
      <div className="toolbar">
        <h2 id={`case-follow-ups-${caseId}`} className="panel-title">
          {t('followUps.caseTitle')}
        </h2>
        <Button className="button" onPress={() => controls.create(caseId)}>
          {t('followUps.createForCase')}
        </Button>
      </div>
      {lit === undefined || !lookups.ready ? (
        <LoadingState />
      ) : lit.length === 0 ? (
        <p className="muted">{t('followUps.caseEmpty')}</p>
      ) : (
        <FollowUpList items={lit} lookups={lookups} controls={controls} showCase={false} />
      )}
      <FollowUpDialogs controls={controls} />
    </section>
  );
});

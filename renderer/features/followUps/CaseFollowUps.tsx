import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { listFollowUpsOfCase } from '../../db/queries/followUps';
import { FollowUpDialogs, useFollowUpDialogs } from './FollowUpDialogs';
import { FollowUpList } from './FollowUpList';
import { lightUp } from './lights';
import { useFollowUpLookups } from './useFollowUpLookups';

/**
 * The follow-ups of one case, each with its light, and "Aufgabe anlegen" for a new
 * one linked to the case. Embedded in the case's detail page.
 */
export const CaseFollowUps = memo(function CaseFollowUps({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const lookups = useFollowUpLookups([caseId]);
  const controls = useFollowUpDialogs();
  const followUps = useLiveQuery(() => listFollowUpsOfCase(caseId), [caseId]);
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

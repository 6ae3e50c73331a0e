import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import type { Meeting } from '../../../shared/model/meeting';
import { getHeldMeetingBefore } from '../../db/queries/meetings';
import { approveMinutes } from '../../db/repositories/meetings';
import { formatLongDay } from './documents';
import { MeetingError } from './MeetingError';

/** True for the standing item "Genehmigung des Protokolls der letzten Sitzung" (by its words, in either language). */
export function isMinutesApprovalItem(title: string): boolean {
  return /protokoll|minutes/i.test(title);
}

/** At "Genehmigung des Protokolls": the last meeting's minutes, approved here with one click (which locks them). */
export function PreviousMinutesBox({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const previous = useLiveQuery(() => getHeldMeetingBefore(meeting.date), [meeting.date]);
  const [error, setError] = useState<AppError | null>(null);
  if (previous === undefined) return null;
  if (previous === null) return <p className="mt-notice">{t('minutesApproval.noPrevious')}</p>;
  const date = formatLongDay(previous.date);
  return (
    <div className="mt-notice">
      {previous.minutesApprovedAt ? (
        <p>{t('minutesApproval.approved', { date })}</p>
      ) : previous.minutesFinalisedAt ? (
        <>
          <p>{t('minutesApproval.ready', { date })}</p>
          <Button className="button button-primary" onPress={() => void approveMinutes(previous.id, meeting.id).then((r) => setError(r.ok ? null : r.error))}>
            {t('minutesApproval.approve', { date })}
          </Button>
        </>
      ) : (
        <p>{t('minutesApproval.notFinal', { date })}</p>
      )}
      {error && <MeetingError error={error} />}
    </div>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/model/meeting';
import { LoadingState } from '../../components/LoadingState';
import { listMeetings } from '../../db/queries/meetings';
import { formatLongDay, } from './documents';
import { MeetingFormDialog } from './MeetingFormDialog';
import { today } from './meetingRule';
import { RulePanel } from './RulePanel';

function MeetingEntry({ meeting, onOpen }: { meeting: Meeting; onOpen(id: string): void }) {
  const { t } = useTranslation();
  const date = formatLongDay(meeting.date);
  return (
    <li className="mt-list-entry">
      <div>
        <p className="mt-list-date">
          {date}, {meeting.startTime}
        </p>
        <p className="mt-list-facts">
          <span className={`mt-state mt-state-${meeting.state}`}>{t(`meetingState.${meeting.state}`)}</span>
          {meeting.place && <span>{meeting.place}</span>}
          {meeting.minutesApprovedAt && <span>{t('meetings.minutesApproved')}</span>}
        </p>
      </div>
      <Button className="button" onPress={() => onOpen(meeting.id)} aria-label={t('meetings.openMeeting', { date })}>
        {t('meetings.open')}
      </Button>
    </li>
  );
}

/** The meetings, upcoming first, with the rule for the next one and "Neue Sitzung". */
export function MeetingList({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation();
  const meetings = useLiveQuery(listMeetings);
  const [creating, setCreating] = useState(false);
  const day = today();
  const upcoming = (meetings ?? []).filter((m) => m.date >= day).reverse();
  const past = (meetings ?? []).filter((m) => m.date < day);
  return (
    <div className="mt-screen">
      <RulePanel />
      <div className="toolbar">
        <p className="toolbar-count">{meetings ? t('meetings.count', { count: meetings.length }) : ''}</p>
        <Button className="button button-primary" onPress={() => setCreating(true)}>
          {t('meetings.newMeeting')}
        </Button>
      </div>
      {meetings === undefined && <LoadingState />}
      {meetings?.length === 0 && (
        <section className="empty-state" aria-labelledby="meetings-empty">
          <h2 id="meetings-empty">{t('meetings.emptyTitle')}</h2>
          <p>{t('meetings.emptyBody')}</p>
        </section>
      )}
      {upcoming.length > 0 && (
        <section aria-labelledby="meetings-upcoming">
          <h2 id="meetings-upcoming" className="mt-section-title">
            {t('meetings.upcoming')}
          </h2>
          <ul className="mt-list">
            {upcoming.map((m) => (
              <MeetingEntry key={m.id} meeting={m} onOpen={onOpen} />
            ))}
          </ul>
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="meetings-past">
          <h2 id="meetings-past" className="mt-section-title">
            {t('meetings.past')}
          </h2>
          <ul className="mt-list">
            {past.map((m) => (
              <MeetingEntry key={m.id} meeting={m} onOpen={onOpen} />
            ))}
          </ul>
        </section>
      )}
      {creating && (
        <MeetingFormDialog
          meeting={null}
          onClose={(createdId) => {
            setCreating(false);
            if (createdId) onOpen(createdId);
          }}
        />
      )}
    </div>
  );
}

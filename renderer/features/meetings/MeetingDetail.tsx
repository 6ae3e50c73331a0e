import { useEffect, useRef, useState } from 'react';
import { Button, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isMinutesLocked } from '../../../shared/model/meeting';
import { LoadingState } from '../../components/LoadingState';
import { AgendaEditor } from './AgendaEditor';
import { AttendancePanel } from './AttendancePanel';
import { CancelMeetingDialog } from './CancelMeetingDialog';
import { formatLongDay } from './documents';
import { GuestsPanel } from './GuestsPanel';
import { MeetingFormDialog } from './MeetingFormDialog';
import { MinutesPanel } from './MinutesPanel';
import { PrepareAgendaDialog } from './PrepareAgendaDialog';
import { PrintDialog } from './PrintDialog';
import { SessionMode } from './SessionMode';
import { useMeetingData } from './useMeetingData';

type DetailTab = 'agenda' | 'people' | 'minutes';
type DetailDialog = 'edit' | 'cancel' | 'prepare' | 'print' | null;

/** One meeting: its facts and actions, and tabs for the agenda, guests and attendance, and the Protokoll. */
export function MeetingDetail({ meetingId, onBack, onOpenMeeting }: { meetingId: string; onBack(): void; onOpenMeeting(id: string): void }) {
  const { t } = useTranslation();
  const data = useMeetingData(meetingId);
  const [tab, setTab] = useState<DetailTab>('agenda');
  const [dialog, setDialog] = useState<DetailDialog>(null);
  const [session, setSession] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = data !== undefined;
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  if (data === undefined) return <LoadingState />;
  if (data === null)
    return (
      <div className="mt-screen">
        <p>{t('meetings.gone')}</p>
        <Button className="button" onPress={onBack}>
          {t('meetings.back')}
        </Button>
      </div>
    );
  const { meeting, names } = data;
  const locked = isMinutesLocked(meeting);
  const cancelled = meeting.state === 'cancelled';
  const date = formatLongDay(meeting.date);
  const person = (id: string | null) => (id ? (names.get(id) ?? '?') : t('meetingForm.nobody'));

  return (
    <div className="mt-screen">
      <Button className="button button-quiet mt-back" onPress={onBack}>
        {t('meetings.back')}
      </Button>
      <header className="mt-detail-header">
        <h2 ref={headingRef} tabIndex={-1} className="mt-detail-title">
          {t('meetings.detailTitle', { date })}
        </h2>
        <dl className="facts mt-facts">
          <dt>{t('meetingForm.start')}</dt>
          <dd>
            {meeting.startTime} · {t('meetingRule.minutes', { count: meeting.plannedMinutes })}
          </dd>
          <dt>{t('meetingForm.place')}</dt>
          <dd>{meeting.place || '—'}</dd>
          <dt>{t('meetingForm.moderator')}</dt>
          <dd>{person(meeting.moderatorId)}</dd>
          <dt>{t('meetingForm.minuteTaker')}</dt>
          <dd>{person(meeting.minuteTakerId)}</dd>
          <dt>{t('meetingForm.state')}</dt>
          <dd>
            <span className={`mt-state mt-state-${meeting.state}`}>{t(`meetingState.${meeting.state}`)}</span>
          </dd>
        </dl>
      </header>
      {cancelled && meeting.carriedToId && (
        <div className="mt-notice">
          <p>{t('meetings.cancelledNotice')}</p>
          <Button className="button" onPress={() => meeting.carriedToId && onOpenMeeting(meeting.carriedToId)}>
            {t('meetings.openCarriedTo')}
          </Button>
        </div>
      )}
      {locked && <p className="mt-notice">{t('meetings.lockedNotice')}</p>}
      <div className="mt-actions" role="group" aria-label={t('meetings.actions')}>
        {!cancelled && !locked && (
          <>
            {meeting.state !== 'held' && (
              <Button className="button button-primary" onPress={() => setDialog('prepare')}>
                {t('agendaPrepare.open')}
              </Button>
            )}
            <Button className="button" onPress={() => setSession(true)}>
              {t('meetingSession.start')}
            </Button>
          </>
        )}
        <Button className="button" onPress={() => setDialog('print')}>
          {t('meetingPrint.open')}
        </Button>
        {!cancelled && !locked && (
          <>
            <Button className="button" onPress={() => setDialog('edit')}>
              {t('meetings.edit')}
            </Button>
            {meeting.state !== 'held' && (
              <Button className="button button-quiet-danger" onPress={() => setDialog('cancel')}>
                {t('meetings.cancel')}
              </Button>
            )}
          </>
        )}
      </div>
      <Tabs selectedKey={tab} onSelectionChange={(key) => setTab(key as DetailTab)} className="mt-tabs">
        <TabList aria-label={t('meetings.tabs')} className="mt-tablist">
          <Tab id="agenda" className="mt-tab">
            {t('meetings.tabAgenda')}
          </Tab>
          <Tab id="people" className="mt-tab">
            {t('meetings.tabPeople')}
          </Tab>
          <Tab id="minutes" className="mt-tab">
            {t('meetings.tabMinutes')}
          </Tab>
        </TabList>
        <TabPanel id="agenda" className="mt-tabpanel">
          <AgendaEditor data={data} />
        </TabPanel>
        <TabPanel id="people" className="mt-tabpanel">
          <GuestsPanel data={data} />
          <AttendancePanel data={data} />
        </TabPanel>
        <TabPanel id="minutes" className="mt-tabpanel">
          <MinutesPanel data={data} onOpenMeeting={onOpenMeeting} />
        </TabPanel>
      </Tabs>
      {dialog === 'edit' && <MeetingFormDialog meeting={meeting} onClose={() => setDialog(null)} />}
      {dialog === 'cancel' && (
        <CancelMeetingDialog
          meeting={meeting}
          onClose={(targetId) => {
            setDialog(null);
            if (targetId) onOpenMeeting(targetId);
          }}
        />
      )}
      {dialog === 'prepare' && <PrepareAgendaDialog data={data} onClose={() => setDialog(null)} />}
      {dialog === 'print' && <PrintDialog data={data} initial={meeting.state === 'held' ? 'minutes' : 'public'} onClose={() => setDialog(null)} />}
      {session && (
        <SessionMode
          data={data}
          onClose={(ended) => {
            setSession(false);
            if (ended) setTab('minutes');
          }}
        />
      )}
    </div>
  );
}

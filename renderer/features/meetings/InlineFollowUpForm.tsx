import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { defaultDueOn } from '../../../shared/followUps/dueDate';
import { nextMeetingDate } from '../../../shared/meetings/rule';
import type { AgendaItem } from '../../../shared/model/agendaItem';
import { DayField } from '../../components/DayField';
import { LoadingState } from '../../components/LoadingState';
import { SelectField } from '../../components/SelectField';
import { TextInputField } from '../../components/TextInputField';
import { getMeetingAfter } from '../../db/queries/meetings';
import { createFollowUp } from '../../db/repositories/followUps';
import { MeetingError } from './MeetingError';
import { today, useMeetingRule } from './meetingRule';
import type { MeetingData } from './useMeetingData';

/**
 * Creates a follow-up for the current item without leaving the session: what,
 * who, by when. The due date starts as the day before the next meeting.
 */
export function InlineFollowUpForm({ data, item, onDone }: { data: MeetingData; item: AgendaItem; onDone(created: string | null): void }) {
  const current = useMeetingRule();
  const following = useLiveQuery(() => getMeetingAfter(data.meeting.date), [data.meeting.date]);
  if (current === undefined || following === undefined) return <LoadingState />;
  const nextDate = following?.date ?? nextMeetingDate(current.rule.recurrence, data.meeting.date);
  return <FollowUpFields data={data} item={item} initialDue={defaultDueOn(nextDate, today()) ?? ''} onDone={onDone} />;
}

function FollowUpFields({ data, item, initialDue, onDone }: { data: MeetingData; item: AgendaItem; initialDue: string; onDone(created: string | null): void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState(initialDue);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const owners = [{ id: '', label: t('meetingForm.nobody') }, ...data.members.filter((m) => m.active).map((m) => ({ id: m.id, label: m.name }))];
  return (
    <Form
      className="form mt-inline-followup"
      aria-label={t('meetingSession.newFollowUp')}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (title.trim() === '') return;
        void createFollowUp({
          title,
          details: '',
          caseId: item.caseIds[0] ?? null,
          agendaItemId: item.id,
          ownerId: ownerId || null,
          dueOn: dueOn || null,
          status: 'open',
          waitingOnThirdParty: false,
          blockedReason: '',
          blockedCategory: null,
          completionNote: '',
        }).then((r) => (r.ok ? onDone(title.trim()) : setError(r.error)));
      }}
    >
      <h3 className="mt-subtitle">{t('meetingSession.newFollowUp')}</h3>
      <TextInputField label={t('meetingSession.followUpTitle')} value={title} onChange={setTitle} isRequired maxLength={200} autoFocus errorMessage={tried && title.trim() === '' ? t('validation.required') : null} />
      <div className="form-row">
        <SelectField label={t('meetingSession.followUpOwner')} options={owners} value={ownerId} onChange={setOwnerId} />
        <DayField label={t('meetingSession.followUpDue')} value={dueOn} onChange={setDueOn} />
      </div>
      {error && <MeetingError error={error} />}
      <div className="dialog-actions">
        <Button className="button" onPress={() => onDone(null)}>
          {t('common.cancel')}
        </Button>
        <Button className="button button-primary" type="submit">
          {t('meetingSession.createFollowUp')}
        </Button>
      </div>
    </Form>
  );
}

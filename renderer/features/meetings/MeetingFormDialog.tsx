import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import type { MeetingRule } from '../../../shared/meetings/rule';
import { isoDay } from '../../../shared/model/dates';
import { clockTime, type Meeting, type MeetingState } from '../../../shared/model/meeting';
import { DayField } from '../../components/DayField';
import { LoadingState } from '../../components/LoadingState';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextInputField } from '../../components/TextInputField';
import { listMembers } from '../../db/queries/members';
import { createMeeting, updateMeeting } from '../../db/repositories/meetings';
import { MeetingError } from './MeetingError';
import { useMeetingRule } from './meetingRule';

interface Values {
  date: string;
  startTime: string;
  plannedMinutes: string;
  place: string;
  moderatorId: string;
  minuteTakerId: string;
  state: MeetingState;
}

function initialValues(meeting: Meeting | null, rule: MeetingRule, proposedDate: string): Values {
  if (meeting)
    return {
      date: meeting.date,
      startTime: meeting.startTime,
      plannedMinutes: String(meeting.plannedMinutes),
      place: meeting.place,
      moderatorId: meeting.moderatorId ?? '',
      minuteTakerId: meeting.minuteTakerId ?? '',
      state: meeting.state,
    };
  return { date: proposedDate, startTime: rule.startTime, plannedMinutes: String(rule.plannedMinutes), place: rule.place, moderatorId: '', minuteTakerId: '', state: 'planned' };
}

function MeetingForm({ meeting, rule, proposedDate, onClose }: { meeting: Meeting | null; rule: MeetingRule; proposedDate: string; onClose(createdId?: string): void }) {
  const { t } = useTranslation();
  const members = useLiveQuery(listMembers);
  const [values, setValues] = useState<Values>(() => initialValues(meeting, rule, proposedDate));
  const [error, setError] = useState<AppError | null>(null);
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const dateOk = isoDay.safeParse(values.date).success;
  const timeOk = clockTime.safeParse(values.startTime).success;
  const minutes = /^\d{1,4}$/.test(values.plannedMinutes.trim()) ? Number(values.plannedMinutes) : NaN;
  const minutesOk = minutes >= 0 && minutes <= 24 * 60;
  const people = [{ id: '', label: t('meetingForm.nobody') }, ...(members ?? []).filter((m) => m.active || m.id === values.moderatorId || m.id === values.minuteTakerId).map((m) => ({ id: m.id, label: m.name }))];
  const states = (['planned', 'invited', 'held'] as const).map((id) => ({ id, label: t(`meetingState.${id}`) }));

  return (
    <Form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!dateOk || !timeOk || !minutesOk) return;
        const fields = {
          date: values.date,
          startTime: values.startTime,
          plannedMinutes: minutes,
          place: values.place,
          moderatorId: values.moderatorId || null,
          minuteTakerId: values.minuteTakerId || null,
        };
        if (meeting === null) void createMeeting(fields, rule.standingItems).then((r) => (r.ok ? onClose(r.data) : setError(r.error)));
        else void updateMeeting(meeting.id, { ...fields, state: values.state }).then((r) => (r.ok ? onClose() : setError(r.error)));
      }}
    >
      {meeting && meeting.date !== values.date && <p className="form-note">{t('meetingForm.moveNote')}</p>}
      <div className="form-row">
        <DayField label={t('meetingForm.date')} value={values.date} onChange={(date) => set({ date })} isRequired errorMessage={tried && !dateOk ? t('validation.date') : null} />
        <TextInputField label={t('meetingForm.startTime')} value={values.startTime} onChange={(startTime) => set({ startTime })} isRequired errorMessage={tried && !timeOk ? t('validation.time') : null} />
        <TextInputField
          label={t('meetingForm.plannedMinutes')}
          value={values.plannedMinutes}
          onChange={(plannedMinutes) => set({ plannedMinutes })}
          isRequired
          errorMessage={tried && !minutesOk ? t('validation.invalid') : null}
        />
      </div>
      <TextInputField label={t('meetingForm.place')} value={values.place} onChange={(place) => set({ place })} maxLength={200} />
      {members === undefined ? (
        <LoadingState />
      ) : (
        <div className="form-row">
          <SelectField label={t('meetingForm.moderator')} options={people} value={values.moderatorId} onChange={(moderatorId) => set({ moderatorId })} />
          <SelectField label={t('meetingForm.minuteTaker')} options={people} value={values.minuteTakerId} onChange={(minuteTakerId) => set({ minuteTakerId })} />
        </div>
      )}
      {meeting && meeting.state !== 'cancelled' && <SelectField label={t('meetingForm.state')} options={states} value={values.state} onChange={(state) => set({ state })} />}
      {meeting === null && rule.standingItems.length > 0 && <p className="form-note">{t('meetingForm.standingNote', { items: rule.standingItems.map((s) => s.title).join(' · ') })}</p>}
      {error && <MeetingError error={error} />}
      <div className="dialog-actions">
        <Button className="button" onPress={() => onClose()}>
          {t('common.cancel')}
        </Button>
        <Button className="button button-primary" type="submit">
          {meeting ? t('common.save') : t('meetingForm.create')}
        </Button>
      </div>
    </Form>
  );
}

/** Creates a meeting (date proposed by the rule) or edits one; a new date moves it with its whole agenda. */
export function MeetingFormDialog({ meeting, onClose }: { meeting: Meeting | null; onClose(createdId?: string): void }) {
  const { t } = useTranslation();
  const current = useMeetingRule();
  return (
    <ModalDialog title={meeting ? t('meetingForm.editTitle') : t('meetingForm.createTitle')} onClose={() => onClose()}>
      {current === undefined ? <LoadingState /> : <MeetingForm meeting={meeting} rule={current.rule} proposedDate={current.proposedDate} onClose={onClose} />}
    </ModalDialog>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button, Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { nextMeetingDate } from '../../../shared/meetings/rule';
import type { Meeting } from '../../../shared/model/meeting';
import { LoadingState } from '../../components/LoadingState';
import { ModalDialog } from '../../components/ModalDialog';
import { getMeetingAfter } from '../../db/queries/meetings';
import { cancelMeeting } from '../../db/repositories/meetings';
import { formatLongDay } from './documents';
import { MeetingError } from './MeetingError';
import { useMeetingRule } from './meetingRule';
import { ChoiceRadio } from '../../components/ChoiceRadio';

/**
 * Cancels a meeting after saying where its open items go: to the next planned
 * meeting, or to a new one on the date the rule gives. Nothing of the agenda is lost.
 */
export function CancelMeetingDialog({ meeting, onClose }: { meeting: Meeting; onClose(targetId?: string): void }) {
  const { t } = useTranslation();
  const current = useMeetingRule();
  const following = useLiveQuery(() => getMeetingAfter(meeting.date), [meeting.date]);
  const [choice, setChoice] = useState<'existing' | 'new' | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  if (current === undefined || following === undefined)
    return (
      <ModalDialog title={t('meetingCancel.title')} onClose={() => onClose()} role="alertdialog">
        <LoadingState />
      </ModalDialog>
    );
  const newDate = nextMeetingDate(current.rule.recurrence, meeting.date);
  const target = choice ?? (following ? 'existing' : 'new');
  return (
    <ModalDialog title={t('meetingCancel.title')} onClose={() => onClose()} role="alertdialog" describedBy="cancel-meeting-text">
      <p id="cancel-meeting-text" className="dialog-text">
        {t('meetingCancel.body', { date: formatLongDay(meeting.date) })}
      </p>
      <RadioGroup className="field" value={target} onChange={(value) => setChoice(value === 'existing' ? 'existing' : 'new')}>
        <Label className="field-label">{t('meetingCancel.carryTo')}</Label>
        <div className="radio-list">
          {following && (
            <ChoiceRadio value="existing">
              {t('meetingCancel.toExisting', { date: formatLongDay(following.date) })}
            </ChoiceRadio>
          )}
          <ChoiceRadio value="new">
            {t('meetingCancel.toNew', { date: formatLongDay(newDate), time: meeting.startTime })}
          </ChoiceRadio>
        </div>
      </RadioGroup>
      {error && <MeetingError error={error} />}
      <div className="dialog-actions">
        <Button className="button" onPress={() => onClose()}>
          {t('common.cancel')}
        </Button>
        <Button
          className="button button-danger"
          onPress={() => {
            const to =
              target === 'existing' && following
                ? ({ kind: 'existing', meetingId: following.id } as const)
                : ({ kind: 'new', date: newDate, startTime: meeting.startTime, standingItems: current.rule.standingItems } as const);
            void cancelMeeting(meeting.id, to).then((r) => (r.ok ? onClose(r.data) : setError(r.error)));
          }}
        >
          {t('meetingCancel.confirm')}
        </Button>
      </div>
    </ModalDialog>
  );
}

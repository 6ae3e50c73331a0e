import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { defaultDueOn } from '../../../shared/followUps/dueDate';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { ModalDialog } from '../../components/ModalDialog';
import { listCases } from '../../db/queries/cases';
import { getFollowUp } from '../../db/queries/followUps';
import { getNextMeeting, listAgendaItemChoices } from '../../db/queries/meetings';
import { listMembers } from '../../db/queries/members';
import { createFollowUp, updateFollowUp } from '../../db/repositories/followUps';
import { readSetting } from '../../db/repositories/settings';
import { formatDay } from '../../i18n/format';
import { draftOf, editOf, formValuesOf, type FollowUpFormValues } from './followUpForm';
import { FollowUpForm } from './FollowUpForm';
import { useToday } from './useToday';

export interface FollowUpFormDialogProps {
  /** null: a new follow-up. */
  followUpId: string | null;
  /** For a new follow-up: the case it belongs to, if it is created from a case. */
  caseId?: string | null;
  onClose(): void;
  /** Called with the id after a new follow-up was created. */
  onCreated?(id: string): void;
}

/** The starting values of a new follow-up: owned by me, due the day before the next meeting (if one is planned). */
async function newFollowUpValues(caseId: string | null, today: string): Promise<{ values: FollowUpFormValues; meetingDate: string | null }> {
  const [meeting, me] = await Promise.all([getNextMeeting(today), readSetting('currentMemberId')]);
  const draft = draftOf({ title: '', details: '', caseId, agendaItemId: null, ownerId: me, dueOn: '', waitingOnThirdParty: false, dueReason: '' });
  const dueOn = defaultDueOn(meeting?.date ?? null, today);
  return { values: { ...formValuesOf(draft), dueOn: dueOn ?? '' }, meetingDate: meeting?.date ?? null };
}

/** The dialog that creates a follow-up (followUpId null) or edits one. */
export function FollowUpFormDialog({ followUpId, caseId = null, onClose, onCreated }: FollowUpFormDialogProps) {
  const { t } = useTranslation();
  const today = useToday();
  const isNew = followUpId === null;
  // Read once per dialog (not re-read on every change), so what the user types is never overwritten.
  const start = useLiveQuery(async () => {
    if (followUpId === null) return newFollowUpValues(caseId, today);
    const found = await getFollowUp(followUpId);
    return found ? { values: formValuesOf(found), meetingDate: null } : null;
  }, [followUpId]);
  const cases = useLiveQuery(listCases);
  const members = useLiveQuery(listMembers);
  const agendaItems = useLiveQuery(listAgendaItemChoices);

  let body;
  if (start === undefined || cases === undefined || members === undefined || agendaItems === undefined) body = <LoadingState />;
  else if (start === null) body = <ErrorAlert error={{ code: 'db/not-found', message: `followUps/${followUpId}` }} />;
  else
    body = (
      <FollowUpForm
        key={followUpId ?? 'new'}
        initial={start.values}
        isNew={isNew}
        cases={cases}
        members={members}
        agendaItems={agendaItems}
        dueHint={
          isNew
            ? start.meetingDate
              ? t('followUps.form.dueFromMeeting', { date: formatDay(start.meetingDate) })
              : t('followUps.form.dueNoMeeting')
            : ''
        }
        submitLabel={isNew ? t('followUps.form.create') : t('followUps.form.save')}
        onCancel={onClose}
        onSubmit={async (values) => {
          if (followUpId === null) {
            const created = await createFollowUp(draftOf(values));
            if (created.ok) {
              onClose();
              onCreated?.(created.data);
            }
            return created;
          }
          const saved = await updateFollowUp(followUpId, editOf(values), values.dueReason);
          if (saved.ok) onClose();
          return saved;
        }}
      />
    );

  return (
    <ModalDialog title={isNew ? t('followUps.form.createTitle') : t('followUps.form.editTitle')} onClose={onClose}>
      {body}
    </ModalDialog>
  );
}

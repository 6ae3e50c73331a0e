import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import type { Member } from '../../../shared/model/member';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { ModalDialog } from '../../components/ModalDialog';
import { getMember } from '../../db/queries/members';
import { createMember, updateMember } from '../../db/repositories/members';
import { CheckboxField } from '../followUps/CheckboxField';
import { MemberFields, nameProblem, type MemberFieldValues } from './MemberFields';

function MemberForm({ member, onClose }: { member: Member | null; onClose(): void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<MemberFieldValues>({
    name: member?.name ?? '',
    organisation: member?.organisation ?? '',
    role: member?.role ?? 'member',
  });
  const [active, setActive] = useState(member?.active ?? true);
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (isSaving) return;
    const problem = nameProblem(values.name);
    setNameError(problem ? t(problem) : null);
    if (problem) return;
    setSaving(true);
    const input = { ...values, active };
    const saved = member ? await updateMember(member.id, input) : await createMember(input);
    setSaving(false);
    if (saved.ok) onClose();
    else setFailure(saved.error);
  }

  return (
    <Form className="form" validationBehavior="aria" onSubmit={(event) => void submit(event)}>
      <p className="form-note">{t('members.requiredNote')}</p>
      <MemberFields values={values} onChange={setValues} nameError={nameError} autoFocusName />
      <CheckboxField label={t('members.fields.active')} description={t('members.fields.activeHint')} value={active} onChange={setActive} />
      {failure && <ErrorAlert error={failure} />}
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {t('common.cancel')}
        </Button>
        <Button className="button button-primary" type="submit" isPending={isSaving}>
          {member ? t('members.save') : t('members.create')}
        </Button>
      </div>
    </Form>
  );
}

/** Adds a member (memberId null) or edits one. */
export function MemberFormDialog({ memberId, onClose }: { memberId: string | null; onClose(): void }) {
  const { t } = useTranslation();
  // { member: null } is a new member; null alone means the member to edit is gone.
  const found = useLiveQuery(async () => {
    if (memberId === null) return { member: null };
    const member = await getMember(memberId);
    return member ? { member } : null;
  }, [memberId]);
  let body;
  if (found === undefined) body = <LoadingState />;
  else if (found === null) body = <ErrorAlert error={{ code: 'db/not-found', message: `members/${memberId}` }} />;
  else body = <MemberForm key={memberId ?? 'new'} member={found.member} onClose={onClose} />;
  return (
    <ModalDialog title={memberId === null ? t('members.createTitle') : t('members.editTitle')} onClose={onClose} size="small">
      {body}
    </ModalDialog>
  );
}

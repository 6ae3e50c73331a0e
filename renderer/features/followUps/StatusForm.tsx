import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { BLOCK_CATEGORIES, FOLLOW_UP_STATUSES, type BlockCategory, type FollowUp, type FollowUpStatus } from '../../../shared/model/followUp';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FreeTextField } from '../../components/FreeTextField';
import { SelectField } from '../../components/SelectField';
import { TextInputField } from '../../components/TextInputField';
import { changeFollowUpStatus } from '../../db/repositories/followUps';
import { fieldErrorOf } from '../../i18n/errors';
import { fromKey, toKey, withNone } from './choices';

export interface StatusFormProps {
  followUp: FollowUp;
  /** The status to start with (e.g. erledigt when the user chose "Erledigt melden"). */
  initialStatus: FollowUpStatus;
  onDone(): void;
  onCancel(): void;
}

type StatusErrors = Partial<Record<'reason' | 'blockedCategory', string>>;

/** Changes a follow-up's status; blockiert asks for a reason and a category, erledigt for a completion note. */
export function StatusForm({ followUp, initialStatus, onDone, onCancel }: StatusFormProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<FollowUpStatus>(initialStatus);
  const [reason, setReason] = useState(initialStatus === 'blocked' ? followUp.blockedReason : '');
  const [category, setCategory] = useState<BlockCategory | null>(followUp.blockedCategory);
  const [note, setNote] = useState(followUp.completionNote);
  const [errors, setErrors] = useState<StatusErrors>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (isSaving) return;
    const found: StatusErrors = {};
    if (status === 'blocked' && reason.trim() === '') found.reason = t('validation.required');
    if (status === 'blocked' && category === null) found.blockedCategory = t('followUps.statusForm.categoryRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const saved = await changeFollowUpStatus(followUp.id, { status, reason, blockedCategory: category, completionNote: note });
    setSaving(false);
    if (saved.ok) return onDone();
    const fieldError = fieldErrorOf(saved.error);
    if (fieldError?.field === 'blockedReason') setErrors({ reason: t(fieldError.key) });
    else if (fieldError?.field === 'blockedCategory') setErrors({ blockedCategory: t('followUps.statusForm.categoryRequired') });
    else setFailure(saved.error);
  }

  return (
    <Form className="form" validationBehavior="aria" onSubmit={(event) => void submit(event)} aria-label={t('followUps.statusForm.title')}>
      <SelectField
        label={t('followUps.fields.status')}
        options={FOLLOW_UP_STATUSES.map((id) => ({ id, label: t(`followUps.status.${id}`) }))}
        value={status}
        onChange={(value) => {
          setStatus(value);
          setErrors({});
        }}
      />
      {status === 'blocked' && (
        <>
          <SelectField
            label={t('followUps.fields.blockedCategory')}
            options={withNone(
              t('followUps.statusForm.chooseCategory'),
              BLOCK_CATEGORIES.map((id) => ({ id, label: t(`followUps.category.${id}`) })),
            )}
            value={toKey(category)}
            onChange={(key) => {
              const chosen = BLOCK_CATEGORIES.find((id) => id === fromKey(key));
              setCategory(chosen ?? null);
              setErrors((current) => ({ ...current, blockedCategory: undefined }));
            }}
            errorMessage={errors.blockedCategory}
            isRequired
          />
          <TextInputField
            label={t('followUps.fields.blockedReason')}
            description={t('followUps.statusForm.blockedReasonHint')}
            value={reason}
            onChange={(value) => {
              setReason(value);
              setErrors((current) => ({ ...current, reason: undefined }));
            }}
            errorMessage={errors.reason}
            isRequired
            maxLength={2000}
          />
        </>
      )}
      {status === 'done' && (
        <FreeTextField label={t('followUps.fields.completionNote')} description={t('followUps.statusForm.completionHint')} value={note} onChange={setNote} rows={3} />
      )}
      {status !== 'blocked' && (
        <TextInputField label={t('followUps.statusForm.reason')} value={reason} onChange={setReason} maxLength={2000} />
      )}
      {failure && <ErrorAlert error={failure} />}
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button className="button button-primary" type="submit" isPending={isSaving}>
          {status === 'done' ? t('followUps.statusForm.markDone') : t('followUps.statusForm.save')}
        </Button>
      </div>
    </Form>
  );
}

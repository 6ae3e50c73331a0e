import { useId, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import type { Case } from '../../../shared/model/case';
import { localDay } from '../../../shared/model/dates';
import { DayField } from '../../components/DayField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FreeTextField } from '../../components/FreeTextField';
import { ModalDialog } from '../../components/ModalDialog';
import { closeCase } from '../../db/repositories/cases';
import { fieldErrorOf } from '../../i18n/errors';
import { now } from '../../platform/clock';

/** Closes a case: the day (today by default) and a reason are both required. */
export function CloseCaseDialog({ item, onClose }: { item: Case; onClose(): void }) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [closedOn, setClosedOn] = useState(() => localDay(now()));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ closedOn?: string; reason?: string }>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isSaving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  function showErrors(next: { closedOn?: string; reason?: string }): void {
    setErrors(next);
    formRef.current?.querySelector<HTMLElement>(next.closedOn ? '[role="spinbutton"]' : 'textarea')?.focus();
  }

  async function submit(): Promise<void> {
    if (isSaving) return;
    setFailure(null);
    const next = {
      closedOn: closedOn === '' ? t('validation.date') : undefined,
      reason: reason.trim() === '' ? t('validation.required') : undefined,
    };
    if (next.closedOn || next.reason) return showErrors(next);
    setSaving(true);
    const closed = await closeCase(item.id, { closedOn, reason });
    setSaving(false);
    if (closed.ok) return onClose();
    const fieldError = fieldErrorOf(closed.error);
    if (fieldError?.field === 'closingReason') showErrors({ reason: t(fieldError.key) });
    else if (fieldError?.field === 'closedOn') showErrors({ closedOn: t(fieldError.key) });
    else setFailure(closed.error);
  }

  return (
    <ModalDialog title={t('closeCase.title')} describedBy={bodyId} size="small" onClose={onClose}>
      <Form
        ref={formRef}
        className="form"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p id={bodyId} className="dialog-text">
          {t('closeCase.body', { code: item.code })}
        </p>
        <DayField
          label={t('closeCase.closedOn')}
          value={closedOn}
          onChange={(value) => {
            setClosedOn(value);
            setErrors((current) => ({ ...current, closedOn: undefined }));
          }}
          errorMessage={errors.closedOn ?? null}
          isRequired
        />
        <FreeTextField
          label={t('closeCase.reason')}
          description={t('closeCase.reasonHint')}
          value={reason}
          onChange={(value) => {
            setReason(value);
            setErrors((current) => ({ ...current, reason: undefined }));
          }}
          errorMessage={errors.reason ?? null}
          isRequired
          rows={3}
        />
        {failure && <ErrorAlert error={failure} />}
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {t('common.cancel')}
          </Button>
          <Button className="button button-primary" type="submit" isPending={isSaving}>
            {t('closeCase.confirm')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}

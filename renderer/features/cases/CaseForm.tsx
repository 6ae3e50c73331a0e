import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../shared/errors/result';
import { CASE_STATUSES, TOPIC_AREAS, URGENCIES, type CaseContent } from '../../../shared/model/case';
import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { DayField } from '../../components/DayField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FreeTextField } from '../../components/FreeTextField';
import { SelectField } from '../../components/SelectField';
import { TextInputField } from '../../components/TextInputField';
import { fieldErrorOf } from '../../i18n/errors';
import { checkCaseForm, formValuesOf, isCaseFormField, type CaseFormErrors, type CaseFormValues } from './caseForm';

export interface CaseFormProps {
  /** The case's current content (or a blank one for a new case). */
  initial: CaseContent;
  submitLabel: string;
  /** Writes the checked content; the form shows a failure next to its field or as an alert. */
  onSubmit(content: CaseContent, patch: Partial<CaseContent>): Promise<Result<unknown>>;
  onCancel(): void;
}

// Fields mark themselves with data-invalid (react-aria); this finds the control to focus inside one.
const FOCUSABLE = 'input:not([type="hidden"]), textarea, button, [role="spinbutton"], [tabindex="0"]';

/** The form for creating and editing a case. */
export function CaseForm({ initial, submitLabel, onSubmit, onCancel }: CaseFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<CaseFormValues>(() => formValuesOf(initial));
  const [errors, setErrors] = useState<CaseFormErrors>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    const field = formRef.current?.querySelector('[data-invalid]');
    field?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [focusRequest]);

  function change<K extends keyof CaseFormValues>(field: K, value: CaseFormValues[K]): void {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }

  function showErrors(next: CaseFormErrors): void {
    setErrors(next);
    setFocusRequest((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (isSaving) return;
    setFailure(null);
    const checked = checkCaseForm(initial, values);
    if (!checked.ok) {
      if (Object.keys(checked.errors).length === 0) setFailure({ code: 'validation/invalid', message: 'case form' });
      showErrors(checked.errors);
      return;
    }
    setSaving(true);
    const saved = await onSubmit(checked.content, checked.patch);
    setSaving(false);
    if (saved.ok) return;
    const fieldError = fieldErrorOf(saved.error);
    if (fieldError && isCaseFormField(fieldError.field)) showErrors({ [fieldError.field]: fieldError.key });
    else setFailure(saved.error);
  }

  const message = (field: keyof CaseFormErrors) => {
    const key = errors[field];
    return key ? t(key) : null;
  };

  return (
    <Form ref={formRef} className="form" validationBehavior="aria" onSubmit={(event) => void submit(event)}>
      <p className="form-note">{t('caseForm.requiredNote')}</p>
      <div className="form-row">
        <TextInputField
          label={t('caseForm.code')}
          description={t('caseForm.codeHint')}
          value={values.code}
          onChange={(value) => change('code', value.toUpperCase())}
          errorMessage={message('code')}
          isRequired
          maxLength={32}
        />
        <DayField
          label={t('caseForm.openedOn')}
          value={values.openedOn}
          onChange={(value) => change('openedOn', value)}
          errorMessage={message('openedOn')}
          isRequired
        />
      </div>
      <TextInputField
        label={t('caseForm.title')}
        description={t('caseForm.titleHint')}
        value={values.title}
        onChange={(value) => change('title', value)}
        errorMessage={message('title')}
        isRequired
        maxLength={120}
        autoFocus
      />
      <CheckboxGroupField
        label={t('caseForm.topics')}
        options={TOPIC_AREAS.map((id) => ({ id, label: t(`topics.${id}`) }))}
        value={values.topics}
        onChange={(value) => change('topics', value)}
        errorMessage={message('topics')}
        isRequired
      />
      <div className="form-row">
        <SelectField
          label={t('caseForm.status')}
          options={CASE_STATUSES.map((id) => ({ id, label: t(`caseStatus.${id}`) }))}
          value={values.status}
          onChange={(value) => change('status', value)}
          errorMessage={message('status')}
        />
        <SelectField
          label={t('caseForm.urgency')}
          options={URGENCIES.map((id) => ({ id, label: t(`urgency.${id}`) }))}
          value={values.urgency}
          onChange={(value) => change('urgency', value)}
          errorMessage={message('urgency')}
        />
      </div>
      <FreeTextField
        label={t('caseForm.summary')}
        description={t('caseForm.summaryHint')}
        value={values.summary}
        onChange={(value) => change('summary', value)}
        errorMessage={message('summary')}
        rows={4}
      />
      {failure && <ErrorAlert error={failure} />}
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button className="button button-primary" type="submit" isPending={isSaving}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}

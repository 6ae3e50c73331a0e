import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../shared/errors/result';
import type { Case } from '../../../shared/model/case';
import type { Member } from '../../../shared/model/member';
import { DayField } from '../../components/DayField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FreeTextField } from '../../components/FreeTextField';
import { SelectField } from '../../components/SelectField';
import { TextInputField } from '../../components/TextInputField';
import type { AgendaItemChoice } from '../../db/queries/meetings';
import { fieldErrorOf } from '../../i18n/errors';
import { formatDay } from '../../i18n/format';
import { CheckboxField } from './CheckboxField';
import { fromKey, toKey, withNone } from './choices';
import { checkFollowUpForm, type FollowUpFormErrors, type FollowUpFormValues } from './followUpForm';

export interface FollowUpFormProps {
  initial: FollowUpFormValues;
  isNew: boolean;
  cases: readonly Case[];
  members: readonly Member[];
  agendaItems: readonly AgendaItemChoice[];
  /** Explains where a suggested due date came from, e.g. "Tag vor der Sitzung am 12.03.2026". */
  dueHint: string;
  submitLabel: string;
  onSubmit(values: FollowUpFormValues): Promise<Result<unknown>>;
  onCancel(): void;
}

const FOCUSABLE = 'input:not([type="hidden"]), textarea, button, [role="spinbutton"]';

/** The form for creating and editing a follow-up: what, details, links, owner, due date, "wartet auf Dritte". */
export function FollowUpForm(props: FollowUpFormProps) {
  const { initial, isNew, cases, members, agendaItems, dueHint, submitLabel, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FollowUpFormErrors>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector('[data-invalid]')?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [focusRequest]);

  function change<K extends keyof FollowUpFormValues>(field: K, value: FollowUpFormValues[K]): void {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (field in current ? { ...current, [field]: undefined } : current));
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (isSaving) return;
    setFailure(null);
    const found = checkFollowUpForm(values);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setFocusRequest((n) => n + 1);
      return;
    }
    setSaving(true);
    const saved = await onSubmit(values);
    setSaving(false);
    if (saved.ok) return;
    const fieldError = fieldErrorOf(saved.error);
    if (fieldError && (fieldError.field === 'title' || fieldError.field === 'details' || fieldError.field === 'dueOn')) {
      setErrors({ [fieldError.field]: fieldError.key });
      setFocusRequest((n) => n + 1);
    } else setFailure(saved.error);
  }

  const message = (field: keyof FollowUpFormErrors) => {
    const key = errors[field];
    return key ? t(key) : null;
  };
  // Owners: active members, plus the current owner even when they became inactive.
  const owners = members.filter((m) => m.active || m.id === values.ownerId);
  const dueChanged = !isNew && values.dueOn !== initial.dueOn;

  return (
    <Form ref={formRef} className="form" validationBehavior="aria" onSubmit={(event) => void submit(event)}>
      <p className="form-note">{t('followUps.form.requiredNote')}</p>
      <TextInputField
        label={t('followUps.fields.title')}
        description={t('followUps.form.titleHint')}
        value={values.title}
        onChange={(value) => change('title', value)}
        errorMessage={message('title')}
        isRequired
        maxLength={200}
        autoFocus
      />
      <FreeTextField
        label={t('followUps.fields.details')}
        description={t('followUps.form.detailsHint')}
        value={values.details}
        onChange={(value) => change('details', value)}
        errorMessage={message('details')}
        rows={3}
      />
      <div className="form-row">
        <SelectField
          label={t('followUps.fields.case')}
          options={withNone(
            t('followUps.form.noCase'),
            cases.map((c) => ({ id: c.id, label: `${c.code} – ${c.title}` })),
          )}
          value={toKey(values.caseId)}
          onChange={(key) => change('caseId', fromKey(key))}
        />
        <SelectField
          label={t('followUps.fields.owner')}
          options={withNone(
            t('followUps.nobody'),
            owners.map((m) => ({ id: m.id, label: m.organisation ? `${m.name} (${m.organisation})` : m.name })),
          )}
          value={toKey(values.ownerId)}
          onChange={(key) => change('ownerId', fromKey(key))}
        />
      </div>
      {agendaItems.length > 0 && (
        <SelectField
          label={t('followUps.fields.agendaItem')}
          options={withNone(
            t('followUps.form.noAgendaItem'),
            agendaItems.map((item) => ({ id: item.id, label: item.meetingDate ? `${formatDay(item.meetingDate)} – ${item.title}` : item.title })),
          )}
          value={toKey(values.agendaItemId)}
          onChange={(key) => change('agendaItemId', fromKey(key))}
        />
      )}
      <div className="form-row">
        <div className="field-stack">
          <DayField label={t('followUps.fields.dueOn')} value={values.dueOn} onChange={(value) => change('dueOn', value)} errorMessage={message('dueOn')} />
          {dueHint && <p className="field-hint">{dueHint}</p>}
        </div>
        <CheckboxField
          label={t('followUps.fields.waiting')}
          description={t('followUps.form.waitingHint')}
          value={values.waitingOnThirdParty}
          onChange={(value) => change('waitingOnThirdParty', value)}
        />
      </div>
      {dueChanged && (
        <TextInputField
          label={t('followUps.form.dueReason')}
          description={t('followUps.form.dueReasonHint')}
          value={values.dueReason}
          onChange={(value) => change('dueReason', value)}
          maxLength={500}
        />
      )}
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

import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CONCERN_STATUSES, type Concern } from '../../../shared/model/concern';
import type { AppError } from '../../../shared/errors/result';
import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { DayField } from '../../components/DayField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FreeTextField } from '../../components/FreeTextField';
import { SelectField } from '../../components/SelectField';
import { TextInputField } from '../../components/TextInputField';
import { updateConcern } from '../../db/repositories/concerns';

/** The addressees offered as suggestions; others can be typed. */
export const ADDRESSEE_SUGGESTIONS = ['Gemeinderat', 'Landratsamt', 'Ausländerbehörde', 'Jobcenter', 'Sozialamt', 'Kreistag', 'Landtag'] as const;

const SUGGESTED: ReadonlySet<string> = new Set(ADDRESSEE_SUGGESTIONS);

interface Values {
  title: string;
  description: string;
  status: Concern['status'];
  addressees: string[];
  otherAddressees: string;
  raisedOn: string;
  answeredOn: string;
  answer: string;
}

function valuesOf(concern: Concern): Values {
  return {
    title: concern.title,
    description: concern.description,
    status: concern.status,
    addressees: concern.addressees.filter((a) => SUGGESTED.has(a)),
    otherAddressees: concern.addressees.filter((a) => !SUGGESTED.has(a)).join(', '),
    raisedOn: concern.raisedOn ?? '',
    answeredOn: concern.answeredOn ?? '',
    answer: concern.answer,
  };
}

/** A concern's fields, edited in place on its page (the public statement has its own section). */
export function ConcernForm({ concern }: { concern: Concern }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => valuesOf(concern));
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState('');
  const set = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
    setNotice('');
  };

  async function save(): Promise<void> {
    const others = values.otherAddressees.split(',').map((a) => a.trim()).filter((a) => a !== '');
    const saved = await updateConcern(concern.id, {
      title: values.title.trim(),
      description: values.description,
      status: values.status,
      addressees: [...values.addressees, ...others],
      raisedOn: values.raisedOn === '' ? null : values.raisedOn,
      answeredOn: values.answeredOn === '' ? null : values.answeredOn,
      answer: values.answer,
    });
    if (!saved.ok) {
      setError(saved.error);
      return;
    }
    setError(null);
    setNotice(t('concerns.saved'));
  }

  return (
    <Form
      className="concern-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextInputField label={t('concerns.fields.title')} value={values.title} onChange={(title) => set({ title })} isRequired maxLength={200} name="title" />
      <FreeTextField
        label={t('concerns.fields.description')}
        value={values.description}
        onChange={(description) => set({ description })}
        guardScope={`concern:${concern.id}:description`}
      />
      <SelectField
        label={t('concerns.fields.status')}
        options={CONCERN_STATUSES.map((id) => ({ id, label: t(`concerns.statuses.${id}`) }))}
        value={values.status}
        onChange={(status) => set({ status })}
      />
      <CheckboxGroupField
        label={t('concerns.fields.addressees')}
        options={ADDRESSEE_SUGGESTIONS.map((id) => ({ id, label: id }))}
        value={values.addressees}
        onChange={(addressees) => set({ addressees })}
      />
      <TextInputField label={t('concerns.fields.addresseeOther')} value={values.otherAddressees} onChange={(otherAddressees) => set({ otherAddressees })} />
      <DayField label={t('concerns.fields.raisedOn')} value={values.raisedOn} onChange={(raisedOn) => set({ raisedOn })} />
      <DayField label={t('concerns.fields.answeredOn')} value={values.answeredOn} onChange={(answeredOn) => set({ answeredOn })} />
      <FreeTextField label={t('concerns.fields.answer')} value={values.answer} onChange={(answer) => set({ answer })} guardScope={`concern:${concern.id}:answer`} />
      {error && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      <p role="status" className="field-hint">
        {notice}
      </p>
      <Button type="submit" className="button button-primary">
        {t('concerns.save')}
      </Button>
    </Form>
  );
}

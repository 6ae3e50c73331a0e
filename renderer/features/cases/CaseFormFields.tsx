import { memo, useState } from 'react';
import { Button, FieldError, Input, NumberField, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { FieldLabel } from '../../components/FieldLabel';
import { SelectField } from '../../components/SelectField';
import type { MemberChoice } from '../../db/queries/cases';
import { selectNavigate } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { customTopicOf, topicChoices } from './labels';

/** The parts of the case form that are more than one plain input. */

const NONE = '__none';

/** A drop-down whose first choice is "keine Angabe" (null). */
export function OptionalSelectField<T extends string>(props: {
  label: string;
  options: readonly { id: T; label: string }[];
  value: T | null;
  onChange(value: T | null): void;
}) {
  const { t } = useTranslation();
  const { label, options, value, onChange } = props;
  return (
    <SelectField<string>
      label={label}
      options={[{ id: NONE, label: t('caseForm.notSpecified') }, ...options]}
      value={value ?? NONE}
      onChange={(id) => onChange(options.find((option) => option.id === id)?.id ?? null)}
    />
  );
}

/** Topic areas: the known list, the ones users added elsewhere, and a field to add one's own (memoised: a dozen checkboxes). */
export const TopicsField = memo(function TopicsField(props: {
  value: readonly string[];
  onChange(value: string[]): void;
  customTopics: readonly string[];
  errorMessage: string | null;
}) {
  const { t } = useTranslation();
  const { value, onChange, customTopics, errorMessage } = props;
  const [typed, setTyped] = useState('');
  const options = topicChoices(t, [...customTopics, ...value]);

  function add(): void {
    const topic = customTopicOf(t, typed).slice(0, 60);
    if (topic === '') return;
    if (!value.includes(topic)) onChange([...value, topic]);
    setTyped('');
  }

  return (
    <div className="topics-field">
      <CheckboxGroupField
        label={t('caseForm.topics')}
        options={options}
        value={value}
        onChange={onChange}
        errorMessage={errorMessage}
        isRequired
      />
      <div className="inline-add">
        <TextField
          className="field"
          value={typed}
          onChange={setTyped}
          maxLength={60}
          onKeyDown={(event) => {
            // Enter adds the topic here instead of submitting the whole form.
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
        >
          <FieldLabel>{t('caseForm.customTopic')}</FieldLabel>
          <Input className="input" />
          <Text slot="description" className="field-hint">
            {t('caseForm.customTopicHint')}
          </Text>
        </TextField>
        <Button className="button" onPress={add} isDisabled={typed.trim() === ''}>
          {t('caseForm.addTopic')}
        </Button>
      </div>
    </div>
  );
});

/** Responsible members: the active ones, plus any inactive member still assigned; a pointer to the settings when there are none. */
export function ResponsibleField(props: {
  members: readonly MemberChoice[] | undefined;
  value: readonly string[];
  onChange(value: string[]): void;
}) {
  const { t } = useTranslation();
  const navigate = useAppStore(selectNavigate);
  const { members, value, onChange } = props;
  if (members === undefined) return null;
  const options = members
    .filter((member) => member.active || value.includes(member.id))
    .map((member) => ({ id: member.id, label: member.active ? member.name : t('caseForm.inactiveMember', { name: member.name }) }));
  if (options.length === 0) {
    return (
      <div className="field">
        <span className="field-label">{t('caseForm.responsible')}</span>
        <p className="field-note">
          {t('caseForm.noMembers')}{' '}
          <Button className="button button-small" onPress={() => navigate('settings')}>
            {t('caseForm.toMembers')}
          </Button>
        </p>
      </div>
    );
  }
  return <CheckboxGroupField label={t('caseForm.responsible')} options={options} value={value} onChange={onChange} />;
}

/** Linked Anliegen, by title; says so when none exist yet. */
export function ConcernsField(props: {
  concerns: readonly { id: string; title: string }[] | undefined;
  value: readonly string[];
  onChange(value: string[]): void;
}) {
  const { t } = useTranslation();
  const { concerns, value, onChange } = props;
  if (concerns === undefined) return null;
  if (concerns.length === 0) {
    return (
      <div className="field">
        <span className="field-label">{t('caseForm.concerns')}</span>
        <p className="field-note">{t('caseForm.noConcerns')}</p>
      </div>
    );
  }
  return (
    <CheckboxGroupField
      label={t('caseForm.concerns')}
      options={concerns.map((concern) => ({ id: concern.id, label: concern.title }))}
      value={value}
      onChange={onChange}
    />
  );
}

/** Household size: a whole number of persons, or empty for "keine Angabe". */
export function HouseholdSizeField(props: { value: number | null; onChange(value: number | null): void; errorMessage: string | null }) {
  const { t } = useTranslation();
  const { value, onChange, errorMessage } = props;
  return (
    <NumberField
      className="field"
      value={value ?? Number.NaN}
      onChange={(next) => onChange(Number.isNaN(next) ? null : next)}
      minValue={1}
      maxValue={30}
      step={1}
      formatOptions={{ maximumFractionDigits: 0 }}
      isInvalid={Boolean(errorMessage)}
    >
      <FieldLabel>{t('caseForm.householdSize')}</FieldLabel>
      <Input className="input" />
      <FieldError className="field-error">{errorMessage}</FieldError>
    </NumberField>
  );
}

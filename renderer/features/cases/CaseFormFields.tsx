import { memo, useState } from 'react';
import { Button, Input, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { FieldLabel } from '../../components/FieldLabel';
import { NativeField, useNativeField } from '../../components/NativeField';
import { NativeSelectField } from '../../components/NativeSelectField';
import type { MemberChoice } from '../../db/queries/cases';
import { selectNavigate } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { customTopicOf, topicChoices } from './labels';

/** The parts of the case form that are more than one plain input. */

const NONE = '__none';

/**
 * A drop-down whose first choice, `noneLabel` ("keine Angabe"), is null; the browser's own, as are all of the case form's.
 * Its section passes the words, so the three of them do not each set up useTranslation.
 */
export function OptionalSelectField<T extends string>(props: {
  label: string;
  noneLabel: string;
  options: readonly { id: T; label: string }[];
  value: T | null;
  onChange(value: T | null): void;
}) {
  const { label, noneLabel, options, value, onChange } = props;
  return (
    <NativeSelectField<string>
      label={label}
      options={[{ id: NONE, label: noneLabel }, ...options]}
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

const HOUSEHOLD_MIN = 1;
const HOUSEHOLD_MAX = 30;

/** The typed text as the form's value: empty is "keine Angabe"; text that is no number stays NaN, so the form says it is invalid. */
function householdSizeOf(input: HTMLInputElement): number | null {
  if (input.validity.badInput) return Number.NaN;
  return input.value === '' ? null : Number(input.value);
}

/**
 * Household size: a whole number of persons, or empty for "keine Angabe".
 *
 * The browser's number input (role spinbutton, arrow keys step by one) instead of react-aria's
 * NumberField, which built locale number parsers for every case page opened. As NumberField did,
 * a number outside 1–30 or with a fraction is brought into range when focus leaves the field.
 */
export function HouseholdSizeField(props: {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
  errorMessage: string | null;
}) {
  const { label, value, onChange, errorMessage } = props;
  const { id, controlProps } = useNativeField({ errorMessage });
  return (
    <NativeField label={label} fieldId={id} errorMessage={errorMessage}>
      <input
        {...controlProps}
        className="input"
        type="number"
        inputMode="numeric"
        min={HOUSEHOLD_MIN}
        max={HOUSEHOLD_MAX}
        step={1}
        // NaN (text that is no number) keeps what the person typed on screen: its value is '' anyway.
        value={value === null || Number.isNaN(value) ? '' : String(value)}
        onChange={(event) => onChange(householdSizeOf(event.currentTarget))}
        onBlur={(event) => {
          const typed = householdSizeOf(event.currentTarget);
          if (typed === null || Number.isNaN(typed)) return;
          const inRange = Math.min(HOUSEHOLD_MAX, Math.max(HOUSEHOLD_MIN, Math.round(typed)));
          if (inRange !== typed) onChange(inRange);
        }}
      />
    </NativeField>
  );
}

import type { Ref } from 'react';
import { FieldError, Input, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FieldLabel } from '../../components/FieldLabel';
import { isUsablePassphrase, passphraseStrength } from './passphraseStrength';

export interface PassphraseValues {
  readonly passphrase: string;
  readonly confirmation: string;
}

export type PassphraseProblem = 'required' | 'tooWeak' | 'mismatch' | null;

/** What is wrong with a new passphrase and its repetition, if anything. */
export function checkPassphrase(values: PassphraseValues): { passphrase: PassphraseProblem; confirmation: PassphraseProblem } {
  if (values.passphrase === '') return { passphrase: 'required', confirmation: null };
  if (!isUsablePassphrase(values.passphrase)) return { passphrase: 'tooWeak', confirmation: null };
  if (values.passphrase.normalize('NFC') !== values.confirmation.normalize('NFC')) return { passphrase: null, confirmation: 'mismatch' };
  return { passphrase: null, confirmation: null };
}

/** A password input with a real label and an optional hint and message. */
export function PasswordField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  description?: string;
  errorMessage?: string | null;
  autoFocus?: boolean;
  isRequired?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { label, value, onChange, description, errorMessage, autoFocus, isRequired = true, inputRef } = props;
  return (
    <TextField
      className="field"
      type="password"
      value={value}
      onChange={onChange}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
      autoFocus={autoFocus}
    >
      <FieldLabel isRequired={isRequired}>{label}</FieldLabel>
      <Input ref={inputRef} className="input" autoComplete="off" spellCheck={false} />
      {description && (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </TextField>
  );
}

/**
 * A new passphrase: typed twice, with a strength hint and the warning that it
 * cannot be recovered. Messages appear once `showErrors` is set (after a submit).
 */
export function PassphraseFields(props: {
  values: PassphraseValues;
  onChange(values: PassphraseValues): void;
  showErrors: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const { values, onChange, showErrors, autoFocus } = props;
  const strength = passphraseStrength(values.passphrase);
  const problems = checkPassphrase(values);
  const message = (problem: PassphraseProblem) => {
    if (!showErrors || problem === null) return null;
    if (problem === 'required') return t('exchange.export.passphraseRequired');
    if (problem === 'tooWeak') return t('exchange.export.passphraseTooWeak');
    return t('exchange.export.passphraseMismatch');
  };
  return (
    <div className="ex-passphrase-fields">
      <p className="ex-warning">{t('exchange.export.passphraseLost')}</p>
      <PasswordField
        label={t('exchange.export.passphrase')}
        value={values.passphrase}
        onChange={(passphrase) => onChange({ ...values, passphrase })}
        description={t('exchange.export.strengthHint')}
        errorMessage={message(problems.passphrase)}
        autoFocus={autoFocus}
      />
      <p className="ex-strength" data-strength={strength}>
        <span className="ex-strength-bar" aria-hidden="true">
          <span className="ex-strength-fill" />
        </span>
        <span aria-live="polite">
          {t('exchange.export.strengthLabel')}: {t(`exchange.export.strength.${strength}`)}
        </span>
      </p>
      <PasswordField
        label={t('exchange.export.passphraseConfirm')}
        value={values.confirmation}
        onChange={(confirmation) => onChange({ ...values, confirmation })}
        errorMessage={message(problems.confirmation)}
      />
    </div>
  );
}

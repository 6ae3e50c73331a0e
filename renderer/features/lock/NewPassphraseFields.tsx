import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../security/appLock';
import { newPassphraseProblems, type PassphraseProblem } from './newPassphrase';
import { PassphraseField } from './PassphraseField';

export interface PassphraseForm {
  readonly passphrase: string;
  readonly repeated: string;
  readonly problems: { readonly passphrase: PassphraseProblem | null; readonly repeated: PassphraseProblem | null } | null;
  setPassphrase(value: string): void;
  setRepeated(value: string): void;
  /** Shows what is wrong; true when the new passphrase may be used. */
  check(): boolean;
  clear(): void;
}

/** The state of a "new passphrase + repeat" pair. */
export function usePassphraseForm(): PassphraseForm {
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [problems, setProblems] = useState<PassphraseForm['problems']>(null);
  return {
    passphrase,
    repeated,
    problems,
    setPassphrase,
    setRepeated,
    check: () => {
      const found = newPassphraseProblems(passphrase, repeated);
      setProblems(found);
      return found.passphrase === null && found.repeated === null;
    },
    clear: () => {
      setPassphrase('');
      setRepeated('');
      setProblems(null);
    },
  };
}

/** The two fields for choosing a passphrase, with their messages. */
export function NewPassphraseFields({ form }: { form: PassphraseForm }) {
  const { t } = useTranslation();
  const message = (key: PassphraseProblem | null | undefined) => (key ? t(key, { min: MIN_PASSPHRASE_LENGTH }) : null);
  return (
    <>
      <PassphraseField
        label={t('lock.newPassphrase')}
        description={t('lock.newPassphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
        value={form.passphrase}
        onChange={form.setPassphrase}
        errorMessage={message(form.problems?.passphrase)}
        autoComplete="new-password"
      />
      <PassphraseField
        label={t('lock.repeatPassphrase')}
        value={form.repeated}
        onChange={form.setRepeated}
        errorMessage={message(form.problems?.repeated)}
        autoComplete="new-password"
      />
    </>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { changePassphrase, removeAppLock } from '../../security/appLock';
import { NewPassphraseFields, usePassphraseForm } from './NewPassphraseFields';
import { PassphraseField } from './PassphraseField';

/** A short confirmation or an error under a form. */
export function FormOutcome({ done, failure }: { done: string | null; failure: AppError | null }) {
  if (failure) return <ErrorAlert error={failure} />;
  return done ? (
    <p className="field-hint" role="status">
      {done}
    </p>
  ) : null;
}

/** Changing the passphrase: the current one, then the new one twice. */
export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const titleId = useId();
  const form = usePassphraseForm();
  const [current, setCurrent] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (isBusy || !form.check()) return;
    setBusy(true);
    setFailure(null);
    setDone(null);
    const result = await changePassphrase(current, form.passphrase);
    setBusy(false);
    setCurrent('');
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    form.clear();
    setDone(t('lock.changed'));
  }

  return (
    <Form className="form-stack" validationBehavior="aria" aria-labelledby={titleId} onSubmit={(event) => void submit(event)}>
      <h3 id={titleId} className="panel-subtitle">
        {t('lock.changeTitle')}
      </h3>
      <PassphraseField label={t('lock.currentPassphrase')} value={current} onChange={setCurrent} autoComplete="current-password" />
      <NewPassphraseFields form={form} />
      <FormOutcome done={done} failure={failure} />
      <div className="action-row">
        <Button type="submit" className="button" isPending={isBusy}>
          {t('lock.change')}
        </Button>
      </div>
    </Form>
  );
}

/** Removing the passphrase: confirmed with the current one; the texts are decrypted. */
export function RemovePassphraseForm() {
  const { t } = useTranslation();
  const titleId = useId();
  const [current, setCurrent] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (isBusy) return;
    setBusy(true);
    setFailure(null);
    const result = await removeAppLock(current);
    setBusy(false);
    setCurrent('');
    if (!result.ok) setFailure(result.error);
  }

  return (
    <Form className="form-stack" validationBehavior="aria" aria-labelledby={titleId} onSubmit={(event) => void submit(event)}>
      <h3 id={titleId} className="panel-subtitle">
        {t('lock.removeTitle')}
      </h3>
      <p className="field-hint">{t('lock.removeHint')}</p>
      <PassphraseField label={t('lock.currentPassphrase')} value={current} onChange={setCurrent} autoComplete="current-password" />
      <FormOutcome done={null} failure={failure} />
      <div className="action-row">
        <Button type="submit" className="button" isPending={isBusy}>
          {t('lock.remove')}
        </Button>
      </div>
    </Form>
  );
}

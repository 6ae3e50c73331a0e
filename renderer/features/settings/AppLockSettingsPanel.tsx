import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../shared/errors/result';
import { LoadingState } from '../../components/LoadingState';
import { SelectField } from '../../components/SelectField';
import { getPlatform } from '../../platform';
import { AUTO_LOCK_CHOICES, enableAppLock, readAppLock, setAutoLockMinutes, setKeychainUnlock, type AppLockRow } from '../../security/appLock';
import { NewPassphraseFields, usePassphraseForm } from '../lock/NewPassphraseFields';
import { PassphraseField } from '../lock/PassphraseField';
import { ChangePassphraseForm, FormOutcome, RemovePassphraseForm } from '../lock/PassphraseForms';

function SetPassphraseForm() {
  const { t } = useTranslation();
  const form = usePassphraseForm();
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (isBusy || !form.check()) return;
    setBusy(true);
    setFailure(null);
    const result = await enableAppLock(form.passphrase);
    setBusy(false);
    if (result.ok) form.clear();
    else setFailure(result.error);
  }

  return (
    <Form className="form-stack" validationBehavior="aria" onSubmit={(event) => void submit(event)}>
      <NewPassphraseFields form={form} />
      <FormOutcome done={null} failure={failure} />
      <div className="action-row">
        <Button type="submit" className="button button-primary" isPending={isBusy}>
          {isBusy ? t('lock.settingUp') : t('lock.setPassphrase')}
        </Button>
      </div>
    </Form>
  );
}

function KeychainForm({ row }: { row: AppLockRow }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [outcome, setOutcome] = useState<Result<void> | null>(null);
  const [isBusy, setBusy] = useState(false);
  const enabled = row.keychain !== null;

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (isBusy) return;
    setBusy(true);
    setOutcome(await setKeychainUnlock(!enabled, passphrase));
    setPassphrase('');
    setBusy(false);
  }

  return (
    <Form className="form-stack" validationBehavior="aria" onSubmit={(event) => void submit(event)}>
      <h3 className="panel-subtitle">{t('lock.keychainTitle')}</h3>
      <p className="field-hint">{enabled ? t('lock.keychainOn') : t('lock.keychainHint')}</p>
      {!enabled && <PassphraseField label={t('lock.currentPassphrase')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" />}
      <FormOutcome done={null} failure={outcome && !outcome.ok ? outcome.error : null} />
      <div className="action-row">
        <Button type="submit" className="button" isPending={isBusy}>
          {enabled ? t('lock.keychainDisable') : t('lock.keychainEnable')}
        </Button>
      </div>
    </Form>
  );
}

function AutoLockField({ row }: { row: AppLockRow }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<AppError | null>(null);
  const options = AUTO_LOCK_CHOICES.map((count) => ({ id: String(count), label: t('lock.autoLockMinutes', { count }) }));
  return (
    <>
      <SelectField
        label={t('lock.autoLock')}
        options={options}
        value={String(row.autoLockMinutes)}
        onChange={(value) => void setAutoLockMinutes(Number(value)).then((saved) => setFailure(saved.ok ? null : saved.error))}
      />
      <FormOutcome done={null} failure={failure} />
    </>
  );
}

/** Einstellungen → App-Passphrase und Sperre: set, change or remove it; auto-lock; the OS keychain on the desktop. */
export function AppLockSettingsPanel() {
  const { t } = useTranslation();
  const row = useLiveQuery(async () => readAppLock().catch(() => null));
  return (
    <section className="panel" aria-labelledby="settings-app-lock">
      <h2 id="settings-app-lock" className="panel-title">
        {t('lock.settingsTitle')}
      </h2>
      <p className="field-hint">{t('lock.settingsHint')}</p>
      {row === undefined ? (
        <LoadingState />
      ) : row === null ? (
        <>
          <p>{t('lock.statusOff')}</p>
          <p className="field-hint">{t('lock.forgottenBody')}</p>
          <SetPassphraseForm />
        </>
      ) : (
        <>
          <p>{t('lock.statusOn')}</p>
          <AutoLockField row={row} />
          <ChangePassphraseForm />
          {getPlatform().kind === 'electron' ? <KeychainForm row={row} /> : <p className="field-hint">{t('lock.keychainUnavailable')}</p>}
          <RemovePassphraseForm />
        </>
      )}
    </section>
  );
}

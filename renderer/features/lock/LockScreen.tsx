import './lock.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { readAppLock, unlockWithKeychain, unlockWithPassphrase } from '../../security/appLock';
import { LanguageSwitch } from '../settings/LanguageSwitch';
import { PassphraseField } from './PassphraseField';

/**
 * Shown instead of the whole app while it is locked: nothing behind it is mounted,
 * so no text is on the page. The passphrase opens it again; what a forgotten one
 * means is said plainly, with the one way back.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const hasKeychain = useLiveQuery(async () => (await readAppLock().catch(() => null))?.keychain != null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function unlock(event?: FormEvent<HTMLFormElement>): Promise<void> {
    event?.preventDefault();
    if (isBusy) return;
    setFailure(null);
    if (passphrase === '') {
      setFieldError(t('lock.required'));
      return;
    }
    setFieldError(null);
    setBusy(true);
    const result = await unlockWithPassphrase(passphrase);
    // On success this screen is replaced by the app; only a failure stays here.
    if (!result.ok) {
      setBusy(false);
      setPassphrase('');
      if (result.error.code === 'lock/wrong-passphrase') setFieldError(errorMessage('lock/wrong-passphrase', language));
      else setFailure(result.error);
    }
  }

  async function unlockKeychain(): Promise<void> {
    setFailure(null);
    setBusy(true);
    const result = await unlockWithKeychain();
    if (!result.ok) {
      setBusy(false);
      setFailure(result.error);
    }
  }

  return (
    <main className="lock-screen" aria-labelledby="lock-title">
      <div className="lock-card">
        <div className="lock-header">
          <h1 id="lock-title" ref={headingRef} tabIndex={-1}>
            {t('lock.lockedTitle')}
          </h1>
          <LanguageSwitch />
        </div>
        <p>{t('lock.lockedIntro')}</p>
        <Form className="form-stack" validationBehavior="aria" onSubmit={(event) => void unlock(event)}>
          <PassphraseField label={t('lock.passphrase')} value={passphrase} onChange={setPassphrase} errorMessage={fieldError} autoFocus autoComplete="current-password" />
          {failure && <ErrorAlert error={failure} />}
          <div className="action-row">
            <Button type="submit" className="button button-primary" isPending={isBusy}>
              {isBusy ? t('lock.unlocking') : t('lock.unlock')}
            </Button>
            {hasKeychain && (
              <Button className="button" isDisabled={isBusy} onPress={() => void unlockKeychain()}>
                {t('lock.unlockKeychain')}
              </Button>
            )}
          </div>
        </Form>
        <section aria-labelledby="lock-forgotten" className="lock-forgotten">
          <h2 id="lock-forgotten">{t('lock.forgottenTitle')}</h2>
          <p>{t('lock.forgottenBody')}</p>
          <p>{t('lock.forgottenRecovery')}</p>
        </section>
      </div>
    </main>
  );
}

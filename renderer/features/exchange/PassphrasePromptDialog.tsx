import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { PasswordField } from './PassphraseFields';

/** Asks for the passphrase of a file; a wrong one is said inside the dialog, so the user can try again. */
export function PassphrasePromptDialog(props: {
  fileName: string;
  /** The explanation above the field; the exchange file's by default. */
  body?: string;
  failure: AppError | null;
  isChecking: boolean;
  onSubmit(passphrase: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const { fileName, body, failure, isChecking, onSubmit, onCancel } = props;
  const [passphrase, setPassphrase] = useState('');
  const bodyId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  // After a wrong passphrase the typed text is selected, ready to be typed over.
  useEffect(() => {
    if (failure === null) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [failure]);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (passphrase !== '' && !isChecking) onSubmit(passphrase);
  }

  return (
    <ModalDialog title={t('exchange.import.passphraseTitle')} onClose={onCancel} size="small" describedBy={bodyId}>
      <Form className="form" validationBehavior="aria" onSubmit={submit}>
        <p id={bodyId} className="dialog-text">
          {body ?? t('exchange.import.passphraseBody', { fileName })}
        </p>
        <PasswordField label={t('exchange.import.passphrase')} value={passphrase} onChange={setPassphrase} autoFocus inputRef={inputRef} />
        {failure && <ErrorAlert error={failure} />}
        <div className="dialog-actions">
          <Button className="button" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button className="button button-primary" type="submit" isDisabled={passphrase === ''} isPending={isChecking}>
            {t('exchange.import.unlock')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}

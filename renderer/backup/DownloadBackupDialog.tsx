import { useId, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/errors/result';
import { ErrorAlert } from '../components/ErrorAlert';
import { ModalDialog } from '../components/ModalDialog';
import { Notice } from '../features/exchange/Notice';
import { checkPassphrase, PassphraseFields, type PassphraseValues } from '../features/exchange/PassphraseFields';
import { downloadBackup } from './reminder';

/** "Sicherung herunterladen": everything, encrypted to a new passphrase, saved as a file (a download in web mode). */
export function DownloadBackupDialog({ onClose, onDone }: { onClose(): void; onDone(message: string): void }) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [values, setValues] = useState<PassphraseValues>({ passphrase: '', confirmation: '' });
  const [showErrors, setShowErrors] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isWorking, setWorking] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setShowErrors(true);
    const problems = checkPassphrase(values);
    if (problems.passphrase !== null || problems.confirmation !== null || isWorking) return;
    setFailure(null);
    setWorking(true);
    const saved = await downloadBackup(values.passphrase);
    setWorking(false);
    if (!saved.ok) {
      if (saved.error.code !== 'file/cancelled') setFailure(saved.error);
      return;
    }
    if (saved.data.fileName !== null) onDone(t('backup.downloaded', { fileName: saved.data.fileName }));
  }

  return (
    <ModalDialog title={t('backup.downloadTitle')} describedBy={bodyId} onClose={onClose}>
      <Form className="form" validationBehavior="aria" onSubmit={(event) => void submit(event)}>
        <p id={bodyId} className="dialog-text">
          {t('backup.downloadBody')}
        </p>
        <PassphraseFields values={values} onChange={setValues} showErrors={showErrors} autoFocus />
        {failure && <ErrorAlert error={failure} />}
        <Notice tone="progress">{isWorking ? t('backup.downloading') : ''}</Notice>
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {t('common.cancel')}
          </Button>
          <Button className="button button-primary" type="submit" isPending={isWorking}>
            {t('backup.download')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}

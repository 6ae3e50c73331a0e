import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/errors/result';
import { ErrorAlert } from '../components/ErrorAlert';
import { ModalDialog } from '../components/ModalDialog';
import { Notice } from '../features/exchange/Notice';
import { PassphrasePromptDialog } from '../features/exchange/PassphrasePromptDialog';
import { getPlatform } from '../platform';
import { backupNeeds, restoreBackupFile } from './backupFile';

interface Chosen {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly needs: 'passphrase' | 'identity';
}

/**
 * "Sicherung wiederherstellen": pick the file, confirm what it replaces, then (for a
 * downloaded backup) the passphrase; automatic backups open with my own key.
 */
export function RestoreBackupButton({ onRestored }: { onRestored(message: string): void }) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isWorking, setWorking] = useState(false);

  function close(): void {
    setChosen(null);
    setConfirmed(false);
    setFailure(null);
  }

  async function pick(): Promise<void> {
    setFailure(null);
    const opened = await getPlatform().openFile({ kind: 'backup' });
    if (!opened.ok) return setFailure(opened.error);
    if (opened.data === null) return;
    const needs = backupNeeds(opened.data.data);
    if (!needs.ok) return setFailure(needs.error);
    setChosen({ fileName: opened.data.fileName, bytes: opened.data.data, needs: needs.data });
  }

  async function restore(current: Chosen, passphrase: string | null): Promise<void> {
    setWorking(true);
    setFailure(null);
    const restored = await restoreBackupFile(current.bytes, passphrase === null ? null : { passphrase });
    setWorking(false);
    if (!restored.ok) return setFailure(restored.error);
    close();
    onRestored(t('backup.restored'));
  }

  return (
    <>
      <Button className="button" onPress={() => void pick()}>
        {t('backup.restore')}
      </Button>
      {failure && chosen === null && <ErrorAlert error={failure} onDismiss={() => setFailure(null)} />}
      {chosen !== null && !confirmed && (
        <ModalDialog title={t('backup.restoreTitle')} role="alertdialog" describedBy={bodyId} onClose={close} size="small">
          <p id={bodyId} className="dialog-text">
            {t('backup.restoreBody', { fileName: chosen.fileName })}
          </p>
          {failure && <ErrorAlert error={failure} />}
          <Notice tone="progress">{isWorking ? t('backup.restoring') : ''}</Notice>
          <div className="dialog-actions">
            <Button className="button" onPress={close}>
              {t('common.cancel')}
            </Button>
            <Button
              className="button button-primary"
              isPending={isWorking}
              onPress={() => (chosen.needs === 'passphrase' ? setConfirmed(true) : void restore(chosen, null))}
            >
              {t('backup.restoreConfirm')}
            </Button>
          </div>
        </ModalDialog>
      )}
      {chosen !== null && confirmed && (
        <PassphrasePromptDialog
          fileName={chosen.fileName}
          body={t('backup.restorePassphraseBody')}
          failure={failure}
          isChecking={isWorking}
          onSubmit={(passphrase) => void restore(chosen, passphrase)}
          onCancel={close}
        />
      )}
    </>
  );
}

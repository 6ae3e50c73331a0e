import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../shared/errors/result';
import type { BackupStatus } from '../../../shared/ipc/contract';
import { DownloadBackupDialog } from '../../backup/DownloadBackupDialog';
import { readLastDownloadAt } from '../../backup/reminder';
import { RestoreBackupButton } from '../../backup/RestoreBackup';
import { readBackupProblem, writeAutomaticBackup } from '../../backup/scheduler';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { getPlatform } from '../../platform';
import { Notice } from '../exchange/Notice';
import { formatMoment } from '../followUps/FollowUpHistory';

function DesktopBackups({ onNotice }: { onNotice(message: string): void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Result<BackupStatus> | undefined>(undefined);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isWorking, setWorking] = useState(false);
  const problem = useLiveQuery(readBackupProblem);
  const refresh = useCallback(() => void getPlatform().backupStatus().then(setStatus), []);
  useEffect(refresh, [refresh]);
  if (status === undefined) return <LoadingState />;
  if (!status.ok) return <ErrorAlert error={status.error} />;
  const { folderName, lastBackupAt, files } = status.data;

  async function choose(): Promise<void> {
    setFailure(null);
    const chosen = await getPlatform().chooseBackupFolder();
    if (chosen.ok) setStatus(chosen);
    else setFailure(chosen.error);
  }

  async function backUpNow(): Promise<void> {
    setFailure(null);
    setWorking(true);
    const written = await writeAutomaticBackup('daily');
    setWorking(false);
    refresh();
    if (written.ok) onNotice(t('backup.backedUp', { fileName: written.data.fileName }));
    else setFailure(written.error);
  }

  return (
    <>
      <p className="field-hint">{t('backup.settingsHint')}</p>
      {folderName === null ? (
        <p>{t('backup.noFolder')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('backup.folder')}</dt>
          <dd>{folderName}</dd>
          <dt>{t('backup.lastBackup')}</dt>
          <dd>{lastBackupAt === null ? t('backup.never') : formatMoment(lastBackupAt)}</dd>
          <dd>{t('backup.files', { count: files })}</dd>
        </dl>
      )}
      {problem && <p className="alert">{t(problem.kind === 'before-import' ? 'backup.problemBeforeImport' : 'backup.problem', { when: formatMoment(problem.at) })}</p>}
      {failure && <ErrorAlert error={failure} onDismiss={() => setFailure(null)} />}
      <div className="dialog-actions">
        <Button className="button" onPress={() => void choose()}>
          {t('backup.chooseFolder')}
        </Button>
        {folderName !== null && (
          <Button className="button" isPending={isWorking} onPress={() => void backUpNow()}>
            {t('backup.backupNow')}
          </Button>
        )}
      </div>
    </>
  );
}

function WebBackups({ onNotice }: { onNotice(message: string): void }) {
  const { t } = useTranslation();
  const lastDownload = useLiveQuery(readLastDownloadAt);
  const [isDownloading, setDownloading] = useState(false);
  return (
    <>
      <p className="field-hint">{t('backup.webHint')}</p>
      <dl className="facts">
        <dt>{t('backup.lastDownload')}</dt>
        <dd>{lastDownload ? formatMoment(lastDownload) : t('backup.never')}</dd>
      </dl>
      <div className="dialog-actions">
        <Button className="button" onPress={() => setDownloading(true)}>
          {t('backup.download')}
        </Button>
      </div>
      {isDownloading && (
        <DownloadBackupDialog
          onClose={() => setDownloading(false)}
          onDone={(message) => {
            setDownloading(false);
            onNotice(message);
          }}
        />
      )}
    </>
  );
}

/** Einstellungen → Sicherung: the automatic backups' folder and state (desktop) or the download (web), and restoring. */
export function BackupSettingsPanel() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');
  return (
    <section className="panel" aria-labelledby="settings-backup">
      <h2 id="settings-backup" className="panel-title">
        {t('backup.settingsTitle')}
      </h2>
      {getPlatform().kind === 'electron' ? <DesktopBackups onNotice={setNotice} /> : <WebBackups onNotice={setNotice} />}
      <div className="dialog-actions">
        <RestoreBackupButton onRestored={setNotice} />
      </div>
      <Notice>{notice}</Notice>
    </section>
  );
}

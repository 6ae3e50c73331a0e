import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../features/followUps/FollowUpHistory';
import { Notice } from '../features/exchange/Notice';
import { getPlatform } from '../platform';
import { DownloadBackupDialog } from './DownloadBackupDialog';
import { dismissReminder, isReminderDue, readLastDownloadAt } from './reminder';
import { readBackupProblem, startBackupScheduler } from './scheduler';
import { requestPersistentStorage } from './storage';

let started = false;

/** Once per page: ask for persistent storage and start the daily backup check (the Übersicht is shown after the first start). */
function startOnce(): void {
  if (started) return;
  started = true;
  void requestPersistentStorage();
  startBackupScheduler();
}

/**
 * On the Übersicht: in web mode the reminder to download a backup when the last
 * one is older than a week; on the desktop the warning that an automatic backup failed.
 */
export function BackupBanner() {
  const { t } = useTranslation();
  const web = getPlatform().kind === 'web';
  const due = useLiveQuery(isReminderDue);
  const lastDownload = useLiveQuery(readLastDownloadAt);
  const problem = useLiveQuery(readBackupProblem);
  const [isDownloading, setDownloading] = useState(false);
  const [done, setDone] = useState('');
  useEffect(startOnce, []);

  if (!web) {
    if (!problem) return null;
    const when = formatMoment(problem.at);
    return (
      <div className="alert backup-banner" role="alert">
        <p>{problem.kind === 'before-import' ? t('backup.problemBeforeImport', { when }) : t('backup.problem', { when })}</p>
      </div>
    );
  }
  if (done !== '') return <Notice>{done}</Notice>;
  if (due !== true) return null;
  return (
    <section className="panel backup-banner" aria-labelledby="backup-reminder-title">
      <h2 id="backup-reminder-title" className="panel-title">
        {t('backup.reminderTitle')}
      </h2>
      <p>{lastDownload ? t('backup.reminderOld', { date: formatMoment(lastDownload) }) : t('backup.reminderNever')}</p>
      <div className="dialog-actions">
        <Button className="button" onPress={() => void dismissReminder()}>
          {t('backup.later')}
        </Button>
        <Button className="button button-primary" onPress={() => setDownloading(true)}>
          {t('backup.download')}
        </Button>
      </div>
      {isDownloading && (
        <DownloadBackupDialog
          onClose={() => setDownloading(false)}
          onDone={(message) => {
            setDownloading(false);
            setDone(message);
          }}
        />
      )}
    </section>
  );
}

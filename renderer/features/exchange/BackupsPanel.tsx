import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { Button, Form, Input, NumberField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldLabel } from '../../components/FieldLabel';
import { LoadingState } from '../../components/LoadingState';
import { ModalDialog } from '../../components/ModalDialog';
import {
  createSnapshot,
  exportSnapshot,
  importBackupFile,
  listSnapshots,
  readSnapshotRetention,
  restoreSnapshot,
  setSnapshotRetention,
  type SnapshotInfo,
} from '../../exchange/backups';
import { getPlatform } from '../../platform';
import { formatWhen, ownBytes } from './labels';
import { Notice } from './Notice';
import { checkPassphrase, PassphraseFields, type PassphraseValues } from './PassphraseFields';
import { PassphrasePromptDialog } from './PassphrasePromptDialog';

function total(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** Asks before the whole database is set back to a snapshot. */
function RestoreDialog({ snapshot, onClose, onDone }: { snapshot: SnapshotInfo; onClose(): void; onDone(message: string): void }) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isRestoring, setRestoring] = useState(false);
  const when = formatWhen(snapshot.createdAt);

  async function restore(): Promise<void> {
    setRestoring(true);
    const restored = await restoreSnapshot(snapshot.id);
    setRestoring(false);
    if (!restored.ok) {
      setFailure(restored.error);
      return;
    }
    onDone(t('exchange.backups.restored', { when }));
  }

  return (
    <ModalDialog title={t('exchange.backups.restoreTitle')} role="alertdialog" describedBy={bodyId} size="small" onClose={onClose}>
      <p id={bodyId} className="dialog-text">
        {t('exchange.backups.restoreBody', { when })}
      </p>
      {failure && <ErrorAlert error={failure} />}
      <div className="dialog-actions">
        <Button className="button" onPress={onClose} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button className="button button-danger" onPress={() => void restore()} isPending={isRestoring}>
          {t('exchange.backups.restoreConfirm')}
        </Button>
      </div>
    </ModalDialog>
  );
}

/** Encrypts a snapshot with a new passphrase and saves it as a file. */
function ExportSnapshotDialog({ snapshot, onClose, onDone }: { snapshot: SnapshotInfo; onClose(): void; onDone(message: string): void }) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [values, setValues] = useState<PassphraseValues>({ passphrase: '', confirmation: '' });
  const [showErrors, setShowErrors] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isExporting, setExporting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setShowErrors(true);
    const problems = checkPassphrase(values);
    if (problems.passphrase !== null || problems.confirmation !== null || isExporting) return;
    setFailure(null);
    setExporting(true);
    const sealed = await exportSnapshot(snapshot.id, values.passphrase);
    if (!sealed.ok) {
      setExporting(false);
      setFailure(sealed.error);
      return;
    }
    const saved = await getPlatform().saveFile({ kind: 'backup', suggestedName: sealed.data.suggestedName, data: ownBytes(sealed.data.bytes) });
    setExporting(false);
    if (!saved.ok) {
      if (saved.error.code !== 'file/cancelled') setFailure(saved.error);
      return;
    }
    if (!saved.data.saved) return;
    onDone(t('exchange.backups.exported', { fileName: saved.data.fileName ?? '' }));
  }

  return (
    <ModalDialog title={t('exchange.backups.exportTitle')} describedBy={bodyId} onClose={onClose}>
      <Form className="form" validationBehavior="aria" onSubmit={(event) => void submit(event)}>
        <p id={bodyId} className="dialog-text">
          {t('exchange.backups.exportBody')}
        </p>
        <PassphraseFields values={values} onChange={setValues} showErrors={showErrors} autoFocus />
        {failure && <ErrorAlert error={failure} />}
        <Notice tone="progress">{isExporting ? t('exchange.backups.exporting') : ''}</Notice>
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {t('common.cancel')}
          </Button>
          <Button className="button button-primary" type="submit" isPending={isExporting}>
            {t('exchange.backups.exportConfirm')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}

/** How many snapshots to keep. */
function RetentionSetting({ onSaved }: { onSaved(message: string): void }) {
  const { t } = useTranslation();
  const stored = useLiveQuery(readSnapshotRetention);
  const [typed, setTyped] = useState<number | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const hintId = useId();
  if (stored === undefined) return null;
  const value = typed ?? stored;

  async function save(): Promise<void> {
    if (!Number.isInteger(value) || value < 1) return;
    const saved = await setSnapshotRetention(value);
    if (!saved.ok) {
      setFailure(saved.error);
      return;
    }
    setTyped(null);
    onSaved(t('exchange.backups.retentionSaved', { count: value }));
  }

  return (
    <div className="ex-retention">
      <div className="ex-inline">
        <NumberField
          className="field ex-retention-field"
          value={value}
          onChange={setTyped}
          minValue={1}
          maxValue={100}
          step={1}
          formatOptions={{ maximumFractionDigits: 0 }}
          aria-describedby={hintId}
        >
          <FieldLabel>{t('exchange.backups.retention')}</FieldLabel>
          <Input className="input" />
        </NumberField>
        <Button className="button" onPress={() => void save()} isDisabled={typed === null || typed === stored || Number.isNaN(typed)}>
          {t('exchange.backups.retentionSave')}
        </Button>
      </div>
      <p id={hintId} className="field-hint">
        {t('exchange.backups.retentionHint')}
      </p>
      {failure && <ErrorAlert error={failure} onDismiss={() => setFailure(null)} />}
    </div>
  );
}

/** Sicherungen: the snapshots of this device, restore one, save one as an encrypted file, and how many to keep. */
export function BackupsPanel() {
  const { t } = useTranslation();
  const snapshots = useLiveQuery(listSnapshots);
  const [dialog, setDialog] = useState<{ kind: 'restore' | 'export'; snapshot: SnapshotInfo } | null>(null);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isCreating, setCreating] = useState(false);
  const [backupFile, setBackupFile] = useState<{ fileName: string; bytes: Uint8Array; failure: AppError | null; checking: boolean } | null>(null);

  async function openBackupFile(): Promise<void> {
    setFailure(null);
    const opened = await getPlatform().openFile({ kind: 'backup' });
    if (!opened.ok) {
      if (opened.error.code !== 'file/cancelled') setFailure(opened.error);
      return;
    }
    if (opened.data) setBackupFile({ fileName: opened.data.fileName, bytes: opened.data.data, failure: null, checking: false });
  }

  async function readBackupFile(file: { fileName: string; bytes: Uint8Array }, passphrase: string): Promise<void> {
    setBackupFile({ ...file, failure: null, checking: true });
    const imported = await importBackupFile(file.bytes, passphrase);
    if (imported.ok) {
      setBackupFile(null);
      setNotice(t('exchange.backups.imported', { fileName: file.fileName }));
    } else if (imported.error.code === 'exchange/wrong-key') {
      setBackupFile({ ...file, failure: imported.error, checking: false });
    } else {
      setBackupFile(null);
      setFailure(imported.error);
    }
  }

  async function create(): Promise<void> {
    setCreating(true);
    const created = await createSnapshot('manual', t('exchange.backups.manualLabel'));
    setCreating(false);
    if (created.ok) setNotice(t('exchange.backups.created'));
    else setFailure(created.error);
  }

  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  return (
    <section className="panel" aria-labelledby="exchange-backups-title">
      <h2 id="exchange-backups-title" className="panel-title">
        {t('exchange.backups.title')}
      </h2>
      <p className="ex-intro">{t('exchange.backups.intro')}</p>
      <div className="ex-button-row">
        <Button className="button" onPress={() => void create()} isPending={isCreating}>
          {t('exchange.backups.create')}
        </Button>
        <Button className="button" onPress={() => void openBackupFile()}>
          {t('exchange.backups.importFile')}
        </Button>
      </div>
      {snapshots === undefined && <LoadingState />}
      {snapshots?.length === 0 && <p className="ex-note">{t('exchange.backups.empty')}</p>}
      {snapshots && snapshots.length > 0 && (
        <table className="ex-count-table ex-backups-table">
          <caption>{t('exchange.backups.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exchange.backups.columns.when')}</th>
              <th scope="col">{t('exchange.backups.columns.why')}</th>
              <th scope="col">{t('exchange.backups.columns.contents')}</th>
              <th scope="col">{t('exchange.backups.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((snapshot) => {
              const when = formatWhen(snapshot.createdAt);
              return (
                <tr key={snapshot.id}>
                  <th scope="row">{when}</th>
                  <td>
                    {t(`exchange.backups.reasons.${snapshot.reason}`)}
                    {snapshot.label && <span className="field-hint"> – {snapshot.label}</span>}
                  </td>
                  <td>
                    {t('exchange.backups.casesCount', { count: snapshot.counts.cases ?? 0 })}, {t('exchange.backups.recordsCount', { count: total(snapshot.counts) })}
                  </td>
                  <td className="row-actions">
                    <Button className="button button-small" aria-label={t('exchange.backups.restoreLabel', { when })} onPress={() => setDialog({ kind: 'restore', snapshot })}>
                      {t('exchange.backups.restore')}
                    </Button>
                    <Button className="button button-small" aria-label={t('exchange.backups.exportLabel', { when })} onPress={() => setDialog({ kind: 'export', snapshot })}>
                      {t('exchange.backups.export')}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <RetentionSetting onSaved={setNotice} />
      {failure && <ErrorAlert error={failure} onDismiss={() => setFailure(null)} />}
      <Notice>{notice}</Notice>
      {dialog?.kind === 'restore' && <RestoreDialog snapshot={dialog.snapshot} onClose={() => setDialog(null)} onDone={done} />}
      {dialog?.kind === 'export' && <ExportSnapshotDialog snapshot={dialog.snapshot} onClose={() => setDialog(null)} onDone={done} />}
      {backupFile && (
        <PassphrasePromptDialog
          fileName={backupFile.fileName}
          body={t('exchange.backups.importPassphraseBody', { fileName: backupFile.fileName })}
          failure={backupFile.failure}
          isChecking={backupFile.checking}
          onCancel={() => setBackupFile(null)}
          onSubmit={(passphrase) => void readBackupFile(backupFile, passphrase)}
        />
      )}
    </section>
  );
}

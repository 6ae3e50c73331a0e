import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { applyImport, cancelImport, describeFile, lastImport, prepareImport, undoImport, type ImportPreview } from '../../exchange/importFile';
import { getPlatform } from '../../platform';
import { ImportPreviewView } from './ImportPreviewView';
import { formatWhen } from './labels';
import { Notice } from './Notice';
import { PassphrasePromptDialog } from './PassphrasePromptDialog';

interface OpenFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly file: OpenFile }
  | { readonly kind: 'passphrase'; readonly file: OpenFile; readonly failure: AppError | null; readonly checking: boolean }
  | { readonly kind: 'preview'; readonly file: OpenFile; readonly preview: ImportPreview; readonly applying: boolean };

/** Einlesen: open a file, give its passphrase if it has one, look at the preview, take it over, or undo the last import. */
export function ImportPanel() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [notice, setNotice] = useState('');
  const [confirmUnknown, setConfirmUnknown] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // After the preview closes (taken over or discarded) the focus returns to "Datei einlesen".
  useEffect(() => {
    if (focusRequest > 0) openRef.current?.focus();
  }, [focusRequest]);

  function closePreview(): void {
    setStep({ kind: 'idle' });
    setFocusRequest((n) => n + 1);
  }

  async function prepare(file: OpenFile, passphrase: string | null): Promise<void> {
    const key = passphrase === null ? ({ mode: 'identity' } as const) : ({ mode: 'passphrase', passphrase } as const);
    const prepared = await prepareImport(file.bytes, key, { fileName: file.fileName });
    if (prepared.ok) {
      setConfirmUnknown(false);
      setStep({ kind: 'preview', file, preview: prepared.data, applying: false });
      return;
    }
    // A wrong passphrase is worth another try; every other problem is about the file itself.
    if (passphrase !== null && prepared.error.code === 'exchange/wrong-key') {
      setStep({ kind: 'passphrase', file, failure: prepared.error, checking: false });
      return;
    }
    setStep({ kind: 'idle' });
    setFailure(prepared.error);
  }

  async function openFile(): Promise<void> {
    setFailure(null);
    setNotice('');
    const opened = await getPlatform().openFile({ kind: 'exchange' });
    if (!opened.ok) {
      if (opened.error.code !== 'file/cancelled') setFailure(opened.error);
      return;
    }
    if (opened.data === null) return;
    const file = { fileName: opened.data.fileName, bytes: opened.data.data };
    const described = describeFile(file.bytes);
    if (!described.ok) {
      setFailure(described.error);
      return;
    }
    if (described.data.needs === 'passphrase') {
      setStep({ kind: 'passphrase', file, failure: null, checking: false });
      return;
    }
    setStep({ kind: 'reading', file });
    await prepare(file, null);
  }

  async function apply(file: OpenFile, preview: ImportPreview): Promise<void> {
    setStep({ kind: 'preview', file, preview, applying: true });
    const applied = await applyImport(preview, { confirmUnknownSigner: confirmUnknown });
    if (!applied.ok) {
      // A preview the data has moved past cannot be taken over any more: the file must be read again.
      if (applied.error.code === 'exchange/stale-preview') closePreview();
      else setStep({ kind: 'preview', file, preview, applying: false });
      setFailure(applied.error);
      return;
    }
    closePreview();
    const totals = applied.data.totals;
    if (!applied.data.undoable) {
      setNotice(t('exchange.import.appliedNothing', { fileName: file.fileName }));
      return;
    }
    setNotice(
      t('exchange.import.applied', {
        fileName: file.fileName,
        added: totals.added,
        changed: totals.changed,
        deleted: totals.deleted,
        conflicts: totals.conflicts,
      }),
    );
  }

  const isBusy = step.kind === 'reading' || (step.kind === 'passphrase' && step.checking);

  return (
    <div className="ex-stack">
      <section className="panel" aria-labelledby="exchange-import-title">
        <h2 id="exchange-import-title" className="panel-title">
          {t('exchange.import.title')}
        </h2>
        <p className="ex-intro">{t('exchange.import.intro')}</p>
        {step.kind !== 'preview' && (
          <Button ref={openRef} className="button button-primary" onPress={() => void openFile()} isPending={isBusy}>
            {t('exchange.import.open')}
          </Button>
        )}
        {step.kind === 'preview' && (
          <ImportPreviewView
            fileName={step.file.fileName}
            preview={step.preview}
            confirmUnknown={confirmUnknown}
            onConfirmUnknown={setConfirmUnknown}
            onApply={() => void apply(step.file, step.preview)}
            onDiscard={() => {
              cancelImport();
              closePreview();
            }}
            isApplying={step.applying}
          />
        )}
        {failure && <ErrorAlert error={failure} onDismiss={() => setFailure(null)} />}
        <Notice tone={isBusy || (step.kind === 'preview' && step.applying) ? 'progress' : 'success'}>
          {isBusy && t('exchange.import.reading')}
          {step.kind === 'preview' && step.applying && t('exchange.import.applying')}
          {step.kind === 'idle' && notice}
        </Notice>
        {step.kind === 'passphrase' && (
          <PassphrasePromptDialog
            fileName={step.file.fileName}
            failure={step.failure}
            isChecking={step.checking}
            onCancel={() => setStep({ kind: 'idle' })}
            onSubmit={(passphrase) => {
              setStep({ kind: 'passphrase', file: step.file, failure: null, checking: true });
              void prepare(step.file, passphrase);
            }}
          />
        )}
      </section>
      <UndoLastImport
        onUndone={(message) => {
          setFailure(null);
          setNotice(message);
        }}
      />
    </div>
  );
}

/** "Import rückgängig machen" for the last import, behind an alert dialog. */
function UndoLastImport({ onUndone }: { onUndone(message: string): void }) {
  const { t } = useTranslation();
  const last = useLiveQuery(lastImport);
  const [isAsking, setAsking] = useState(false);
  const [isUndoing, setUndoing] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const bodyId = useId();

  if (!last) return null;

  async function undo(importId: string): Promise<void> {
    setUndoing(true);
    const undone = await undoImport(importId);
    setUndoing(false);
    setAsking(false);
    if (!undone.ok) {
      setFailure(undone.error);
      return;
    }
    onUndone(t('exchange.import.undone'));
  }

  return (
    <section className="panel" aria-labelledby="exchange-last-import">
      <h2 id="exchange-last-import" className="panel-title">
        {t('exchange.import.lastTitle')}
      </h2>
      <p>{t('exchange.import.lastImport', { label: last.label, when: formatWhen(last.at) })}</p>
      <Button className="button" onPress={() => setAsking(true)}>
        {t('exchange.import.undo')}
      </Button>
      {failure && <ErrorAlert error={failure} onDismiss={() => setFailure(null)} />}
      {isAsking && (
        <ModalDialog title={t('exchange.import.undoTitle')} role="alertdialog" describedBy={bodyId} size="small" onClose={() => setAsking(false)}>
          <p id={bodyId} className="dialog-text">
            {t('exchange.import.undoBody', { when: formatWhen(last.at) })}
            {last.changedSince && ` ${t('exchange.import.undoChangedSince')}`}
          </p>
          <div className="dialog-actions">
            <Button className="button" onPress={() => setAsking(false)} autoFocus>
              {t('common.cancel')}
            </Button>
            <Button className="button button-danger" onPress={() => void undo(last.importId)} isPending={isUndoing}>
              {t('exchange.import.undoConfirm')}
            </Button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}

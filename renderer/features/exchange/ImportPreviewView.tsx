import { useEffect, useRef } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ENTITY_NAMES } from '../../../shared/model/entities';
import type { ImportPreview } from '../../exchange/importFile';
import { formatNumber } from '../../i18n/format';
import { entityLabel, formatWhen, keyFingerprint } from './labels';
import { ScopeText } from './ScopeText';

const COLUMNS = ['added', 'changed', 'deleted', 'conflicts', 'unchanged'] as const;

/**
 * The preview of a decrypted, checked file: who signed it, when, what scope, and
 * per kind how many records are new, changed, deleted or in conflict. An unknown
 * signer needs the explicit checkbox before "Übernehmen" is possible.
 */
export function ImportPreviewView(props: {
  fileName: string;
  preview: ImportPreview;
  confirmUnknown: boolean;
  onConfirmUnknown(value: boolean): void;
  onApply(): void;
  onDiscard(): void;
  isApplying: boolean;
}) {
  const { t } = useTranslation();
  const { fileName, preview, confirmUnknown, onConfirmUnknown, onApply, onDiscard, isApplying } = props;
  const summary = preview.envelopeSummary;
  const signature = preview.signature;
  const rows = ENTITY_NAMES.filter((name) => COLUMNS.some((column) => (preview.perEntity[name]?.[column] ?? 0) > 0));
  const changes = preview.totals.added + preview.totals.changed + preview.totals.deleted + preview.totals.conflicts;
  const isUnknown = signature.status === 'valid-unknown';
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The button that opened the file is gone now; the preview's heading takes the focus.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="ex-summary ex-import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title" ref={headingRef} tabIndex={-1} className="ex-summary-title">
        {t('exchange.import.previewTitle')}
      </h3>
      <dl className="facts">
        <dt>{t('exchange.import.file')}</dt>
        <dd>{fileName}</dd>
        <dt>{t('exchange.import.signedByLabel')}</dt>
        <dd>
          {signature.status === 'valid-known' ? (
            <span className="ex-signature-ok">{t('exchange.import.signedBy', { name: signature.memberName })}</span>
          ) : (
            <span className="ex-signature-unknown">{t('exchange.import.unknownSignerShort', { key: keyFingerprint(signature.publicKey) })}</span>
          )}
        </dd>
        <dt>{t('exchange.import.exportedBy')}</dt>
        <dd>{summary.member?.name ?? t('exchange.import.exportedByNobody')}</dd>
        <dt>{t('exchange.import.createdAt')}</dt>
        <dd>{formatWhen(summary.createdAt)}</dd>
        <dt>{t('exchange.import.scopeLabel')}</dt>
        <dd>
          <ScopeText scope={summary.scope} />
        </dd>
      </dl>

      {isUnknown && (
        <div className="ex-warning" role="alert">
          <p className="ex-warning-title">{t('exchange.import.unknownSignerTitle')}</p>
          <p>{t('exchange.import.unknownSigner', { key: keyFingerprint(signature.publicKey) })}</p>
          <Checkbox className="checkbox ex-checkbox-field" isSelected={confirmUnknown} onChange={onConfirmUnknown}>
            <span className="checkbox-box" aria-hidden="true">
              <svg viewBox="0 0 16 16" focusable="false">
                <polyline points="3.5 8.5 6.5 11.5 12.5 4.5" />
              </svg>
            </span>
            {t('exchange.import.confirmUnknown')}
          </Checkbox>
        </div>
      )}

      <table className="ex-count-table">
        <caption>{t('exchange.import.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange.import.columns.entity')}</th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="ex-number">
                {t(`exchange.import.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((name) => (
            <tr key={name}>
              <th scope="row">{entityLabel(t, name)}</th>
              {COLUMNS.map((column) => (
                <td key={column} className={`ex-number${column === 'conflicts' && (preview.perEntity[name]?.conflicts ?? 0) > 0 ? ' ex-has-conflicts' : ''}`}>
                  {formatNumber(preview.perEntity[name]?.[column] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('exchange.import.total')}</th>
            {COLUMNS.map((column) => (
              <td key={column} className="ex-number">
                {formatNumber(preview.totals[column])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      {changes === 0 && <p className="ex-note">{t('exchange.import.nothingNew')}</p>}
      {preview.totals.conflicts > 0 && <p className="ex-note">{t('exchange.import.conflictsNote')}</p>}
      <p className="ex-note">{t('exchange.import.backupNote')}</p>
      <div className="dialog-actions">
        <Button className="button" onPress={onDiscard} isDisabled={isApplying}>
          {t('exchange.import.discard')}
        </Button>
        <Button className="button button-primary" onPress={onApply} isDisabled={isUnknown && !confirmUnknown} isPending={isApplying}>
          {t('exchange.import.apply')}
        </Button>
      </div>
    </section>
  );
}

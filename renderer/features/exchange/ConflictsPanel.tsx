import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { listConflicts, resolveRecordConflict, type ConflictItem } from '../../exchange/conflicts';
import { allMemberNames, myDeviceId } from './exchangeQueries';
import { DELETION_FIELD, entitySingular, fieldLabel, formatFieldValue, formatWhen, stampOrigin } from './labels';
import { Notice } from './Notice';

/** One conflicting field: each version with its value, when and where it was written, and a button to take it. */
function ConflictCard(props: {
  item: ConflictItem;
  memberNames: ReadonlyMap<string, string>;
  myDeviceId: string | null;
  onResolved(message: string): void;
  onFailure(error: AppError): void;
}) {
  const { t } = useTranslation();
  const { item, memberNames, myDeviceId, onResolved, onFailure } = props;
  const [pending, setPending] = useState<string | null>(null);
  const field = fieldLabel(t, item.field);
  const whenOf = (stamp: string) => {
    const origin = stampOrigin(stamp);
    return origin ? formatWhen(origin.wallMs) : '';
  };

  async function choose(stamp: string, value: unknown): Promise<void> {
    setPending(stamp);
    const resolved = await resolveRecordConflict(item.table, item.recordId, item.field, value);
    setPending(null);
    if (!resolved.ok) {
      onFailure(resolved.error);
      return;
    }
    onResolved(t('exchange.conflicts.resolved', { field, label: item.label, value: formatFieldValue(t, item.table, item.field, value, memberNames) }));
  }

  return (
    <li className="ex-conflict">
      <h3 className="ex-conflict-title">
        {t('exchange.conflicts.record', { entity: entitySingular(t, item.table), label: item.label })}
      </h3>
      <p className="ex-conflict-field">{t('exchange.conflicts.field', { field })}</p>
      {item.field === DELETION_FIELD ? (
        <div className="ex-conflict-deletion">
          <p>{t('exchange.conflicts.deletionIntro', { when: item.versions.map((v) => whenOf(v.stamp)).join(', ') })}</p>
          <div className="ex-button-row">
            <Button className="button" onPress={() => void choose('keep', false)} isPending={pending === 'keep'} isDisabled={pending === 'erase'}>
              {t('exchange.conflicts.keepRecord')}
            </Button>
            <Button className="button button-danger" onPress={() => void choose('erase', true)} isPending={pending === 'erase'} isDisabled={pending === 'keep'}>
              {t('exchange.conflicts.eraseRecord')}
            </Button>
          </div>
        </div>
      ) : (
        <ul className="ex-conflict-versions">
          {item.versions.map((version, index) => {
            const shown = formatFieldValue(t, item.table, item.field, version.value, memberNames);
            const origin = stampOrigin(version.stamp);
            return (
              <li key={version.stamp} className="ex-conflict-version">
                {index === 0 && <span className="ex-badge">{t('exchange.conflicts.shown')}</span>}
                <p className="ex-conflict-value">{shown}</p>
                <p className="field-hint">
                  {origin &&
                    (origin.deviceId === myDeviceId
                      ? t('exchange.conflicts.versionMetaHere', { when: formatWhen(origin.wallMs) })
                      : t('exchange.conflicts.versionMeta', { when: formatWhen(origin.wallMs), device: origin.deviceId }))}
                </p>
                <Button
                  className="button button-small"
                  aria-label={t('exchange.conflicts.chooseLabel', { field, value: shown })}
                  onPress={() => void choose(version.stamp, version.value)}
                  isPending={pending === version.stamp}
                  isDisabled={pending !== null && pending !== version.stamp}
                >
                  {t('exchange.conflicts.choose')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

/** Konflikte: concurrent edits of the same field, kept side by side until a person picks one. */
export function ConflictsPanel() {
  const { t } = useTranslation();
  const items = useLiveQuery(listConflicts);
  const memberNames = useLiveQuery(allMemberNames);
  const deviceId = useLiveQuery(myDeviceId);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);

  return (
    <section className="panel" aria-labelledby="exchange-conflicts-title">
      <h2 id="exchange-conflicts-title" className="panel-title">
        {t('exchange.conflicts.title')}
      </h2>
      <p className="ex-intro">{t('exchange.conflicts.intro')}</p>
      {items === undefined && <LoadingState />}
      {items?.length === 0 && <p className="ex-note">{t('exchange.conflicts.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="ex-conflict-list" aria-label={t('exchange.conflicts.listLabel')}>
          {items.map((item) => (
            <ConflictCard
              key={`${item.table}/${item.recordId}/${item.field}`}
              item={item}
              memberNames={memberNames ?? new Map()}
              myDeviceId={deviceId ?? null}
              onResolved={(message) => {
                setFailure(null);
                setNotice(message);
              }}
              onFailure={setFailure}
            />
          ))}
        </ul>
      )}
      {failure && <ErrorAlert error={failure} onDismiss={() => setFailure(null)} />}
      <Notice>{notice}</Notice>
    </section>
  );
}

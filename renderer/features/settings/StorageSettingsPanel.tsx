import { useCallback, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { readStorageInfo, requestPersistentStorage, type StorageInfo } from '../../backup/storage';
import { LoadingState } from '../../components/LoadingState';
import { useLanguage } from '../../i18n/useLanguage';

function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], maximumFractionDigits: 1 }).format(value);
}

/** Einstellungen → Speicher: whether the browser keeps the data for good, and how much space it uses. */
export function StorageSettingsPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [info, setInfo] = useState<StorageInfo | undefined>(undefined);
  const refresh = useCallback(() => void readStorageInfo().then(setInfo), []);
  useEffect(refresh, [refresh]);
  return (
    <section className="panel" aria-labelledby="settings-storage">
      <h2 id="settings-storage" className="panel-title">
        {t('backup.storageTitle')}
      </h2>
      {info === undefined ? (
        <LoadingState />
      ) : (
        <>
          <p data-testid="storage-persisted">
            {info.persisted === null ? t('backup.persistUnknown') : info.persisted ? t('backup.persisted') : t('backup.notPersisted')}
          </p>
          <p>
            {info.usage === null || info.quota === null
              ? t('backup.usageUnknown')
              : t('backup.usage', { usage: formatBytes(info.usage, language), quota: formatBytes(info.quota, language) })}
          </p>
          {info.persisted === false && (
            <Button className="button" onPress={() => void requestPersistentStorage().then(refresh)}>
              {t('backup.askPersist')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

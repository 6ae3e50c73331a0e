import { useTranslation } from 'react-i18next';

/** What a screen shows while its data is still being read (useLiveQuery gave undefined). */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

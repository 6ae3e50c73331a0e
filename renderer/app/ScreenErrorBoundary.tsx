import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** What a screen shows instead of its content when reading its data failed: plain words, the data untouched, a way to try again. */
function ScreenFailed({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  const details = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <section className="alert screen-failed" role="alert" aria-labelledby="screen-failed-title">
      <h2 id="screen-failed-title">{t('screenFailed.title')}</h2>
      <p>{t('screenFailed.body')}</p>
      <p>{t('screenFailed.hint')}</p>
      <details>
        <summary>{t('startup.details')}</summary>
        <code>{details}</code>
      </details>
      <Button className="button button-primary" onPress={resetErrorBoundary}>
        {t('startup.retry')}
      </Button>
    </section>
  );
}

/**
 * Holds a screen's failure to that screen: a read that throws (an IndexedDB error in a
 * live query) shows a message in the user's language, while the header and navigation
 * stay usable. Another screen, or "Erneut versuchen", mounts the screen afresh, which
 * reads its data again. Nothing is written here, so the stored data stays as it was.
 */
export function ScreenErrorBoundary({ screen, children }: { screen: string; children: ReactNode }) {
  return (
    <ErrorBoundary FallbackComponent={ScreenFailed} resetKeys={[screen]}>
      {children}
    </ErrorBoundary>
  );
}

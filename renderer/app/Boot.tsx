import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/errors/result';
import { LockGate } from '../features/lock/LockGate';
import { FirstStartGate } from './FirstStartGate';
import { startApp } from './startup';

type BootState = { readonly phase: 'starting' } | { readonly phase: 'ready' } | { readonly phase: 'failed'; readonly error: AppError };

/** Shown when IndexedDB cannot be opened: the app cannot work without it, so say why and what to try. */
function DatabaseFailed({ error }: { error: AppError }) {
  const { t } = useTranslation();
  return (
    <main className="startup-failed" aria-labelledby="startup-failed-title">
      <div role="alert">
        <h1 id="startup-failed-title">{t('startup.dbFailedTitle')}</h1>
        <p>{t('startup.dbFailedBody')}</p>
        <p>{t('startup.dbFailedHint')}</p>
      </div>
      <details>
        <summary>{t('startup.details')}</summary>
        <code>
          {error.code}: {error.message}
        </code>
      </details>
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        {t('startup.retry')}
      </button>
    </main>
  );
}

/** Starts the app (database, device id, language) and then shows it (or the first start), or why it cannot start. */
export function Boot() {
  const { t } = useTranslation();
  const [state, setState] = useState<BootState>({ phase: 'starting' });
  useEffect(() => {
    void startApp().then((result) => setState(result.ok ? { phase: 'ready' } : { phase: 'failed', error: result.error }));
  }, []);
  if (state.phase === 'failed') return <DatabaseFailed error={state.error} />;
  if (state.phase === 'starting')
    return (
      <p className="starting" role="status">
        {t('app.starting')}
      </p>
    );
  return (
    <LockGate>
      <FirstStartGate />
    </LockGate>
  );
}

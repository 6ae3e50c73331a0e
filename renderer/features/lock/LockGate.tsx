import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { initAppLock, lockApp, readAppLock } from '../../security/appLock';
import { listenToOtherTabs } from '../../security/otherTabs';
import { subscribeLock, lockStatus } from '../../security/keyState';
import { useAppStore } from '../../state/store';
import { resetCaseSearch } from '../cases/search/client';
import { LockScreen } from './LockScreen';
import { useLockStatus } from './lockStatus';
import { useAutoLock } from './useAutoLock';

// Locking also forgets UI state that may hold typed text (the case search) or a message about a record.
subscribeLock(() => {
  if (lockStatus() !== 'locked') return;
  const store = useAppStore.getState();
  store.resetCaseFilter();
  store.showNotice(null);
  // The search Worker holds every decrypted note text; it must not outlive the key.
  resetCaseSearch();
});

/**
 * Shows the lock screen instead of its children while the app is locked. The
 * children (the whole app) are unmounted then, so their live queries, the search
 * index and every decrypted text on the page are gone with them.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const status = useLockStatus();
  const [ready, setReady] = useState(false);
  const minutes = useLiveQuery(async () => (await readAppLock().catch(() => null))?.autoLockMinutes ?? null);
  useAutoLock(status, minutes ?? null);

  useEffect(() => {
    void initAppLock().then(() => setReady(true));
    return listenToOtherTabs((message) => {
      if (message === 'locked') lockApp();
      else void initAppLock();
    });
  }, []);

  if (!ready)
    return (
      <p className="starting" role="status">
        {t('app.starting')}
      </p>
    );
  if (status === 'locked') return <LockScreen />;
  return children;
}

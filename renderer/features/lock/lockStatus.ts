import { useSyncExternalStore } from 'react';
import { lockStatus, subscribeLock, type LockStatus } from '../../security/keyState';

/** The app lock's status, re-rendering on every change. */
export function useLockStatus(): LockStatus {
  return useSyncExternalStore(subscribeLock, lockStatus);
}

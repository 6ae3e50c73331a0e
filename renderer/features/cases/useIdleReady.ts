import { useEffect, useState } from 'react';

/**
 * False until the browser is first idle after mounting (at most `timeoutMs` later): a page
 * mounts its secondary parts then, so their reads do not queue before what it shows first.
 */
export function useIdleReady(timeoutMs = 300): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setReady(true), 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setReady(true), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }, [timeoutMs]);
  return ready;
}

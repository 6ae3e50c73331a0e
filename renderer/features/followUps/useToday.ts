import { useSyncExternalStore } from 'react';
import { localDay } from '../../../shared/model/dates';
import { now } from '../../platform/clock';

/**
 * "Today" for the whole UI, from the app's clock. The app may stay open over
 * midnight (or a test may move the clock), so it is re-read every minute and
 * whenever the window gets focus again; every component shares one timer.
 */

const TICK_MS = 60_000;
let today = localDay(now());
const listeners = new Set<() => void>();
let stop: (() => void) | null = null;

function refresh(): void {
  const next = localDay(now());
  if (next === today) return;
  today = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!stop) {
    const timer = window.setInterval(refresh, TICK_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    stop = () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }
  // A component that mounts long after the last tick must not start with a stale day.
  refresh();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stop) {
      stop();
      stop = null;
    }
  };
}

/** Today's calendar day `YYYY-MM-DD`, re-rendering the caller when the day changes. */
export function useToday(): string {
  return useSyncExternalStore(subscribe, () => today);
}

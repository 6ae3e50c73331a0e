import { useEffect, useState } from 'react';
import type { AgendaItem } from '../../../shared/model/agendaItem';
import { saveElapsed } from '../../db/repositories/agendaItems';
import { now } from '../../platform/clock';

interface TimerState {
  readonly itemId: string;
  /** Seconds counted before the current run. */
  readonly base: number;
  /** When the current run started (app clock, ms), or null while paused. */
  readonly since: number | null;
}

export interface ItemTimer {
  readonly seconds: number;
  readonly running: boolean;
  toggle(): void;
  /** Stores the time spent so far (before leaving the item or the session). */
  save(): void;
  pause(): void;
}

function elapsed(state: TimerState): number {
  return state.base + (state.since === null ? 0 : Math.max(0, (now() - state.since) / 1000));
}

/**
 * The running time of the current item against its plan. It starts when an open
 * item comes up and counts on from what was stored, so stepping back continues.
 */
export function useItemTimer(item: AgendaItem): ItemTimer {
  const [state, setState] = useState<TimerState>(() => ({ itemId: item.id, base: item.elapsedSeconds, since: item.result === 'open' ? now() : null }));
  const [, setTick] = useState(0);
  const current = state.itemId === item.id ? state : { itemId: item.id, base: item.elapsedSeconds, since: item.result === 'open' ? now() : null };
  if (current !== state) setState(current);

  useEffect(() => {
    if (current.since === null) return;
    const timer = window.setInterval(() => setTick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, [current.since]);

  const seconds = elapsed(current);
  return {
    seconds,
    running: current.since !== null,
    toggle: () => {
      if (current.since === null) setState({ ...current, since: now() });
      else {
        setState({ ...current, base: seconds, since: null });
        void saveElapsed(item.id, seconds);
      }
    },
    pause: () => {
      if (current.since === null) return;
      setState({ ...current, base: seconds, since: null });
      void saveElapsed(item.id, seconds);
    },
    save: () => void saveElapsed(item.id, seconds),
  };
}

/** Seconds as m:ss (or h:mm:ss), for the big timer. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.floor(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

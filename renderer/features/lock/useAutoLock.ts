import { useEffect } from 'react';
import { lockApp } from '../../security/appLock';
import type { LockStatus } from '../../security/keyState';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks the app after the given minutes without keyboard, pointer or wheel input.
 * One timer, re-armed for the time that is left when it fires, so input costs
 * nothing but storing a timestamp.
 */
export function useAutoLock(status: LockStatus, minutes: number | null): void {
  useEffect(() => {
    if (status !== 'unlocked' || minutes === null) return;
    const limit = minutes * 60_000;
    let lastInput = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const arm = (delay: number) => {
      timer = setTimeout(() => {
        const idle = Date.now() - lastInput;
        if (idle >= limit) lockApp();
        else arm(limit - idle);
      }, delay);
    };
    const onInput = () => {
      lastInput = Date.now();
    };
    arm(limit);
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onInput, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onInput, { capture: true });
    };
  }, [status, minutes]);
}

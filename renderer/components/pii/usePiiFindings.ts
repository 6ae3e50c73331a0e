import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { detectPii, type PiiSpan } from '../../../shared/pii';
import { isDismissed, readDismissals } from './dismissals';

/** How long typing must pause before the text is scanned again. */
export const PII_DEBOUNCE_MS = 300;

export interface PiiFinding {
  readonly start: number;
  readonly end: number;
  readonly type: PiiSpan['type'];
  readonly text: string;
}

const NONE: ReadonlySet<string> = new Set();

/** The findings in a text that were not dismissed for this scope. */
export function openFindings(text: string, scope: string, dismissals: ReadonlySet<string>): PiiFinding[] {
  return detectPii(text)
    .map((span) => ({ start: span.start, end: span.end, type: span.type, text: span.text ?? text.slice(span.start, span.end) }))
    .filter((finding) => !isDismissed(dismissals, scope, finding.text));
}

/**
 * The open findings of a text as the user types: scanned after a pause of ~300 ms.
 * Detection is synchronous — it takes well under a millisecond for a note of a few
 * thousand characters (see tests/renderer/piiGuard.test.ts), far below a 16 ms frame.
 */
export function usePiiFindings(text: string, scope: string): PiiFinding[] {
  const [scanned, setScanned] = useState(text);
  const dismissals = useLiveQuery(readDismissals) ?? NONE;
  useEffect(() => {
    if (text === scanned) return;
    const timer = setTimeout(() => setScanned(text), PII_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, scanned]);
  // An emptied field (a note just submitted) shows nothing at once, without waiting for the pause.
  const current = text === '' ? '' : scanned;
  return useMemo(() => (current === '' ? [] : openFindings(current, scope, dismissals)), [current, scope, dismissals]);
}

import type { ReactNode } from 'react';

/**
 * A live region for the outcome of an action ("Gespeichert als …"). It is always
 * in the page, empty until there is news, so screen readers announce the change.
 */
export function Notice({ children, tone = 'success' }: { children?: ReactNode; tone?: 'success' | 'info' | 'progress' }) {
  return (
    <p className={`ex-notice ex-notice-${tone}`} role="status">
      {children}
    </p>
  );
}

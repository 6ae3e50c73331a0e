import { db } from '../../db/database';

/**
 * "kein Personenbezug": findings a person dismissed, remembered on this device only (they
 * need not travel). Each is stored as a hash of the field's scope (the record or field it
 * belongs to) and the finding's text, so the settings table holds no text of the note.
 */

export const PII_DISMISSALS_KEY = 'piiDismissals';

/** At most this many are kept; the oldest are forgotten first. */
const MAX_DISMISSALS = 5000;

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The key a dismissal is stored under: a hash of scope and finding text (64 bits from two FNV-1a runs). */
export function dismissalKey(scope: string, findingText: string): string {
  const input = `${scope}\u0000${findingText.trim()}`;
  return fnv1a(input, 0x811c9dc5) + fnv1a(input, 0x01234567);
}

function asKeys(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Every dismissal stored on this device. */
export async function readDismissals(): Promise<ReadonlySet<string>> {
  const row = await db.settings.get(PII_DISMISSALS_KEY);
  return new Set(asKeys(row?.value));
}

/** Remembers that a finding in this scope is no personal data. */
export function dismissFinding(scope: string, findingText: string): Promise<void> {
  const key = dismissalKey(scope, findingText);
  return db.transaction('rw', db.settings, async () => {
    const keys = asKeys((await db.settings.get(PII_DISMISSALS_KEY))?.value).filter((k) => k !== key);
    keys.push(key);
    await db.settings.put({ key: PII_DISMISSALS_KEY, value: keys.slice(-MAX_DISMISSALS) });
  });
}

/** Whether a finding in this scope was dismissed. */
export function isDismissed(dismissals: ReadonlySet<string>, scope: string, findingText: string): boolean {
  return dismissals.has(dismissalKey(scope, findingText));
}

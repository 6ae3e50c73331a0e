/**
 * Redaction: replaces findings with German placeholders ([Name], [Telefon] …), so a note keeps
 * its sense without the personal data.
 */
import { PII_PLACEHOLDERS, type PiiSpan } from './types';

/** Replaces each span with its placeholder; a span overlapping an earlier one keeps only what that one left, out-of-range parts are ignored. */
export function redact(text: string, spans: readonly Pick<PiiSpan, 'start' | 'end' | 'type'>[]): string {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let result = '';
  let position = 0;
  for (const span of ordered) {
    const start = Math.max(span.start, position, 0);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    result += text.slice(position, start) + PII_PLACEHOLDERS[span.type];
    position = end;
  }
  return result + text.slice(position);
}

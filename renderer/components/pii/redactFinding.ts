import { detectPii, redact } from '../../../shared/pii';
import type { PiiFinding } from './usePiiFindings';

/**
 * Replaces one finding with its placeholder in the current text. The finding may come from
 * a scan of an older text (the scan is debounced), so it is found again in the current one:
 * the same type and text, nearest to where it was.
 */
export function redactFinding(current: string, finding: PiiFinding): string {
  const fresh = detectPii(current).filter((span) => span.type === finding.type && current.slice(span.start, span.end) === finding.text);
  const target = fresh.sort((a, b) => Math.abs(a.start - finding.start) - Math.abs(b.start - finding.start))[0];
  if (target) return redact(current, [target]);
  const index = current.indexOf(finding.text);
  return index < 0 ? current : redact(current, [{ start: index, end: index + finding.text.length, type: finding.type }]);
}

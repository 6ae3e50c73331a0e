import type { PiiType } from './types';

/** A raw finding of one detector, before overlapping findings are resolved. */
export interface Finding {
  start: number;
  end: number;
  type: PiiType;
}

/** A stretch of text that is known not to be personal data (a public website, a functional mailbox). */
export interface Shield {
  start: number;
  end: number;
}

/** Where the detectors put what they find; each detector only appends. */
export interface FindingSink {
  readonly findings: Finding[];
  readonly shields: Shield[];
  /** How many digits the text holds: detectors of numbers skip texts with too few. */
  readonly digits: number;
  /** Where each run of digits starts: detectors anchored on a number look back from there. */
  readonly digitRuns: readonly number[];
}

/** A fresh sink for `text`, with its digits counted and their runs located in one pass. */
export function createSink(text: string): FindingSink {
  let digits = 0;
  const digitRuns: number[] = [];
  let previousWasDigit = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isDigit = code >= 48 && code <= 57;
    if (isDigit) {
      digits++;
      if (!previousWasDigit) digitRuns.push(i);
    }
    previousWasDigit = isDigit;
  }
  return { findings: [], shields: [], digits, digitRuns };
}

/** True when the 40 characters before `index` match `context` (the label a number is written after). */
export function hasContextBefore(text: string, index: number, context: RegExp, reach = 40): boolean {
  return context.test(text.slice(Math.max(0, index - reach), index));
}

/** True when the character before `index` matches `pattern` (a one-character class); false at the start. */
export function charBeforeIs(text: string, index: number, pattern: RegExp): boolean {
  return index > 0 && pattern.test(text.charAt(index - 1));
}

/**
 * Restarts a global pattern on `text` and returns its first match; loop on with `pattern.exec(text)`.
 * Cheaper than matchAll, which copies the pattern on every call (notes are short and many).
 */
export function scan(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

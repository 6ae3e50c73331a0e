/**
 * Person names in free text. Each word of a note is looked up once in the gazetteers (Sets);
 * a known name that is no German word starts a name, and cues (Herr, Frau, Familie, Name:,
 * "Sohn von", Dr., RA …) admit unknown capitalised words. Names inside school and street names
 * ("Anne-Frank-Schule"), churches ("St. Gebhard") and firms ("Hermann Müller GmbH") are not
 * names of people.
 */
import type { Finding, Shield } from './finding';
import { isKnownName } from './gazetteer/index';
import { INSTITUTION_ENDING, NOT_A_PERSON_AFTER, NOT_A_PERSON_BEFORE, TITLES, cueOf, tokenize, type Cue, type Word } from './nameWords';

const SPACES = /^[ \t\u00a0]+$/;
const CUE_GAP = /^(?:[.:]?[ \t\u00a0]+|[.:])$/;
const MAX_NAME_WORDS = 4;
const COORDINATION = /^[ \t]*(?:und|oder|sowie|&)[ \t]+$/;

function gapBetween(text: string, a: Word, b: Word): string {
  return text.slice(a.end, b.start);
}

/** Whether `word` can continue a name that has started. */
function continuesName(words: readonly Word[], j: number): boolean {
  const word = words[j];
  if (!word) return false;
  if (word.kind === 'strong' || word.kind === 'weak') return true;
  if (word.kind === 'ambiguous') return word.capitalised;
  if (word.kind === 'particle') {
    const after = words[j + 1];
    return after !== undefined && (after.kind === 'strong' || after.kind === 'weak');
  }
  return false;
}

// After a cue, an unknown capitalised word is a name too ("Frau Lindemann"); an initial is not.
function acceptsAfterCue(word: Word): boolean {
  if (word.raw.length === 1) return false;
  if (word.kind === 'ambiguous') return word.capitalised;
  return word.kind !== 'plain' && word.kind !== 'institution';
}

// Extends a name from its first word to the right over words that can continue it.
function extendRight(text: string, words: readonly Word[], first: number): number {
  let last = first;
  while (last - first + 1 < MAX_NAME_WORDS) {
    const current = words[last];
    const next = words[last + 1];
    if (!current || !next || !SPACES.test(gapBetween(text, current, next)) || !continuesName(words, last + 1)) break;
    last++;
  }
  return last;
}

// Extends a name to the left over a kunya, a particle or another given name ("Abu Ahmad", "Rose Ahmadi").
function extendLeft(text: string, words: readonly Word[], first: number): number {
  let start = first;
  while (start > 0) {
    const previous = words[start - 1];
    const current = words[start];
    if (!previous || !current || !SPACES.test(gapBetween(text, previous, current))) break;
    const joins = previous.kind === 'kunya' || previous.kind === 'particle' || previous.kind === 'strong' || (previous.kind === 'ambiguous' && previous.capitalised);
    if (!joins || first - start + 1 >= MAX_NAME_WORDS) break;
    start--;
  }
  return start;
}

// A name followed by "Schule", "Gymnasium", "Straße", "GmbH" … names a place or a firm, not a person.
function namesAPlace(text: string, words: readonly Word[], first: number, last: number): boolean {
  const before = words[first - 1];
  if (before && NOT_A_PERSON_BEFORE.has(before.folded) && /^\.?[ \t]+$/.test(gapBetween(text, before, words[first] as Word))) return true;
  const after = words[last + 1];
  if (!after || !after.capitalised || !/^[ \t-]+$/.test(gapBetween(text, words[last] as Word, after))) return false;
  return after.kind === 'institution' || INSTITUTION_ENDING.test(after.folded) || NOT_A_PERSON_AFTER.has(after.folded);
}

// The index of the word a cue points to: after "von" ("Sohn von …") and academic titles.
function firstAfterCue(text: string, words: readonly Word[], i: number, cue: Cue): number | undefined {
  let j = i + 1;
  const fromWord = words[i];
  let next = words[j];
  if (!fromWord || !next || !CUE_GAP.test(gapBetween(text, fromWord, next))) return undefined;
  if (cue === 'kinship' && next.folded === 'von') j++;
  // Skip academic titles: "Frau Dr. med. Sauter".
  while (words[j] && TITLES.has(words[j]?.folded ?? '') && text.charAt(words[j]?.end ?? 0) === '.') j++;
  next = words[j];
  const previous = words[j - 1];
  if (!next || !previous || !CUE_GAP.test(gapBetween(text, previous, next))) return undefined;
  return j;
}

/** Finds person names; `blocked` (sorted, non-overlapping) are stretches other detectors already own. */
export function findPersons(text: string, blocked: readonly Shield[], out: Finding[]): void {
  const words = tokenize(text, blocked);
  const taken = new Uint8Array(words.length);
  const spans: [number, number][] = [];
  const add = (first: number, last: number): void => {
    if (namesAPlace(text, words, first, last)) return;
    for (let k = first; k <= last; k++) taken[k] = 1;
    spans.push([first, last]);
  };

  for (let i = 0; i < words.length; i++) {
    const cue = cueOf(words, i, text);
    if (!cue) continue;
    const after = firstAfterCue(text, words, i, cue);
    const word = after === undefined ? undefined : words[after];
    if (after === undefined || !word || taken[after] || !acceptsAfterCue(word)) continue;
    add(after, extendRight(text, words, after));
  }

  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || taken[i]) continue;
    const isKunyaStart = word.kind === 'kunya' && continuesName(words, i + 1) && SPACES.test(gapBetween(text, word, words[i + 1] as Word));
    // "Abdul" alone is a given name too; "Abu" alone is not.
    const isNameOnItsOwn = word.kind === 'strong' || (word.kind === 'kunya' && isKnownName(word.folded));
    if (!isNameOnItsOwn && !isKunyaStart) continue;
    if ((word.raw === 'Um' || word.raw === 'Om') && words[i + 1]?.kind !== 'strong') continue;
    const first = extendLeft(text, words, i);
    add(first, extendRight(text, words, i));
  }

  // "Yonas und Tarkan": an unknown capitalised word joined to a name by "und" is a name as well.
  for (let s = 0; s < spans.length; s++) {
    const last = (spans[s] as [number, number])[1];
    const current = words[last];
    const next = words[last + 1];
    if (!current || !next || taken[last + 1] || !COORDINATION.test(gapBetween(text, current, next))) continue;
    if (next.kind === 'weak' || (next.kind === 'ambiguous' && next.capitalised)) add(last + 1, extendRight(text, words, last + 1));
  }

  for (const [first, last] of spans) {
    out.push({ start: (words[first] as Word).start, end: (words[last] as Word).end, type: 'PERSON' });
  }
}

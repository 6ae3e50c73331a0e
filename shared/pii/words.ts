/**
 * Splits a note into words without a regular expression: a table says which characters are
 * letters or combining marks, so a word costs a table look-up per character and no match
 * object. Apostrophes and hyphens inside a word belong to it ("Al-Khatib", "Mu'min"). Each word
 * comes with a hash of its characters, so callers can look it up without cutting it out.
 */

const TABLE_SIZE = 0x3000;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const WORD_CHARS = buildTable();
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

// Latin, Greek, Cyrillic, Arabic, Ethiopic and the other scripts of the first 12,288 code points.
function buildTable(): Uint8Array {
  const table = new Uint8Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    if (LETTER_OR_MARK.test(String.fromCharCode(code))) table[code] = 1;
  }
  return table;
}

function isWordChar(code: number): boolean {
  if (code < TABLE_SIZE) return WORD_CHARS[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER_OR_MARK.test(String.fromCharCode(code));
}

function isJoiner(code: number): boolean {
  return code === HYPHEN || code === APOSTROPHE || code === RIGHT_QUOTE;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Calls `visit` with the start, end (exclusive) and FNV-1a hash of every word of `text`, in order. */
export function forEachWord(text: string, visit: (start: number, end: number, hash: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      i++;
      continue;
    }
    const start = i;
    let hash = Math.imul(FNV_OFFSET ^ code, FNV_PRIME);
    i++;
    while (i < length) {
      code = text.charCodeAt(i);
      if (isWordChar(code)) {
        hash = Math.imul(hash ^ code, FNV_PRIME);
        i++;
      } else if (isJoiner(code) && i + 1 < length && isWordChar(text.charCodeAt(i + 1))) {
        hash = Math.imul(Math.imul(hash ^ code, FNV_PRIME) ^ text.charCodeAt(i + 1), FNV_PRIME);
        i += 2;
      } else break;
    }
    visit(start, i, hash >>> 0);
  }
}

/**
 * Folding of single words for gazetteer look-ups, so "YILMAZ", "Yılmaz" and "yilmaz" meet,
 * and Arabic or Persian spellings of the same name ("فاطمة"/"فاطمه", "علی"/"علي") meet too.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Arabic short vowels, shadda, sukun, superscript alef and tatweel: optional in writing.
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;
const ARABIC_LETTER_VARIANTS: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ئ': 'ي', 'ة': 'ه', 'ک': 'ك', 'ؤ': 'و',
};
const ARABIC_VARIANT_PATTERN = /[أإآٱىیئةکؤ]/g;

const LOWER_A = 97;
const LOWER_Z = 122;
const UPPER_A = 65;
const UPPER_Z = 90;

/** Lower-cases a word and removes what spellings of one name differ in (diacritics, ı, ё, Arabic vowels). */
export function foldWord(word: string): string {
  // Most words of a note are plain ASCII: one char loop instead of regular expressions.
  let hasUpper = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= LOWER_A && code <= LOWER_Z) continue;
    if (code >= UPPER_A && code <= UPPER_Z) hasUpper = true;
    else return foldNonAscii(word);
  }
  return hasUpper ? word.toLowerCase() : word;
}

function foldSlowly(word: string): string {
  return word
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ё/g, 'е')
    .replace(/ß/g, 'ss')
    .replace(/['’`]/g, '')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_VARIANT_PATTERN, (ch) => ARABIC_LETTER_VARIANTS[ch] ?? ch);
}

// Folding works character by character below U+0700 (Latin, Greek, Cyrillic, Arabic), so the
// folded form of each of those characters is computed once; umlauts are common in German notes.
const TABLE_END = 0x700;
const FOLDED_CHARS: readonly string[] = Array.from({ length: TABLE_END }, (_, code) => foldSlowly(String.fromCharCode(code)));

function foldNonAscii(word: string): string {
  let folded = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= TABLE_END) return foldSlowly(word);
    folded += FOLDED_CHARS[code];
  }
  return folded;
}

/** Which script a word is written in, judged by its first letter. */
export type Script = 'latin' | 'arabic' | 'cyrillic' | 'other';

/** The script of a word by its first character. */
export function scriptOf(word: string): Script {
  const code = word.charCodeAt(0);
  if (code < 0x250) return 'latin';
  if (code >= 0x400 && code < 0x530) return 'cyrillic';
  if ((code >= 0x600 && code < 0x700) || (code >= 0x750 && code < 0x780) || (code >= 0xfb50 && code < 0xfe00)) return 'arabic';
  return code >= 0x1e00 && code < 0x1f00 ? 'latin' : 'other';
}

/** Splits a string of names separated by white space into folded entries. */
export function foldedList(names: string): string[] {
  return names.split(/\s+/).filter((n) => n.length > 0).map(foldWord);
}

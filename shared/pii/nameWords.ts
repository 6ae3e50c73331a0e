/**
 * The words of a note as the name finder sees them: each word is folded and looked up once in
 * the gazetteers and the German lexicon, and gets a kind (a name, a possible name, a cue …).
 */
import type { Shield } from './finding';
import { foldWord, scriptOf, type Script } from './fold';
import { isKnownForeignName, isKnownName } from './gazetteer/index';
import { GERMAN_WORDS, INSTITUTION_SUFFIXES, NAME_PARTICLES, ROLE_WORDS, hasNounEnding } from './lexicon';
import { forEachWord } from './words';

/**
 * strong: a name on its own. weak: could continue a name (unknown capitalised word).
 * ambiguous: a name that is also a German word ("Wolf"). particle: al, bin, van …
 * kunya: Abu/Umm. institution: "Anne-Frank-Schule". plain: anything else.
 */
export type Kind = 'strong' | 'weak' | 'ambiguous' | 'particle' | 'kunya' | 'institution' | 'plain';

/** What a word is, whatever note it stands in: computed once per distinct spelling. */
interface WordClass {
  readonly raw: string;
  readonly folded: string;
  readonly capitalised: boolean;
  readonly script: Script;
  readonly kind: Kind;
  /** False for words that can be dropped: neither a name nor a cue or other context word. */
  readonly matters: boolean;
}

export interface Word extends WordClass {
  readonly start: number;
  readonly end: number;
}

// Notes repeat their vocabulary, so each spelling is classified once and kept in a hash table
// keyed by the word's characters in place (no string is cut out for a known word). The table is
// bounded: when half full it starts over, which costs a little time and never a wrong result.
const TABLE_SIZE = 1 << 16;
const TABLE_MASK = TABLE_SIZE - 1;
const tableKeys: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE).fill(undefined);
const tableValues: (WordClass | undefined)[] = new Array<WordClass | undefined>(TABLE_SIZE).fill(undefined);
let tableCount = 0;

// Words that start a name and need the next word: the kunya (Abu Ahmad, Umm Ali) and Abd-compounds.
const NAME_STARTERS = new Set(['abu', 'abou', 'umm', 'oum', 'abd', 'abdul', 'abdel', 'abdal', 'abdol', 'abdur']);
// Not names although they fold to one: "Mariä Himmelfahrt".
const NOT_NAMES = new Set(['Mariä']);
const HYPHEN_PREFIXES = new Set(['al', 'el', 'abu', 'abou', 'abd', 'umm', 'oum', 'bin', 'ibn', 'ul', 'ud']);
/** Academic titles, skipped between a cue and the name: "Frau Dr. med. Weber". */
export const TITLES: ReadonlySet<string> = new Set(['dr', 'prof', 'med', 'dipl', 'ing', 'dent', 'mag', 'phil']);
/** The ending of a school, street or institution: "…-Schule", "…straße", "Gymnasium". */
export const INSTITUTION_ENDING = new RegExp(`(?:${INSTITUTION_SUFFIXES.join('|')})$`);
/** Words before a name that make it a church, a feast or a firm: "St. Gebhard", "Firma Hermann Müller". */
export const NOT_A_PERSON_BEFORE: ReadonlySet<string> = new Set(['st', 'sankt', 'hl', 'heilige', 'heiligen', 'firma', 'fa']);
/** Words after a name that make it a feast or a firm: "Maria Himmelfahrt", "Müller GmbH". */
export const NOT_A_PERSON_AFTER: ReadonlySet<string> = new Set(['himmelfahrt', 'empfangnis', 'lichtmess', 'gmbh', 'ag', 'kg', 'ohg', 'gbr', 'ug', 'co']);
const HONORIFICS = ['herr', 'herrn', 'frau', 'familie', 'rechtsanwalt', 'rechtsanwaltin', 'anwalt', 'anwaltin'];
// Abbreviations that are cues only with their dot ("Fr." yes, "Fr" as in Freitag no).
const ABBREVIATED_HONORIFICS = ['hr', 'fr', 'fam', 'dr', 'prof'];
const CASE_SENSITIVE_HONORIFICS = new Set(['RA', 'RAin']);
const KINSHIP =
  'sohn tochter mutter vater bruder schwester ehemann ehefrau onkel tante cousin cousine neffe nichte enkel enkelin oma opa schwager schwagerin kind freund freundin';
const ROLE_CUES =
  'sachbearbeiter sachbearbeiterin dolmetscher dolmetscherin betreuer betreuerin vormund lehrer lehrerin klassenlehrer klassenlehrerin vermieter vermieterin hausarzt hausarztin kinderarzt kinderarztin hebamme pate patin mentor mentorin ansprechpartner ansprechpartnerin klient klientin kollege kollegin nachbar nachbarin';
// Cues that need a colon: "Name: …", "Kinder: …".
const LABELS = 'name vorname nachname familienname geburtsname kinder kontakt';
const NAMING_VERBS = 'namens heisst genannt alias';

export type Cue = 'honorific' | 'kinship' | 'role' | 'label' | 'verb';
type CueWord = Cue | 'abbreviation';

// One look-up per word decides whether it is a cue.
const CUE_WORDS: ReadonlyMap<string, CueWord> = new Map<string, CueWord>([
  ...HONORIFICS.map((w) => [w, 'honorific'] as const),
  ...ABBREVIATED_HONORIFICS.map((w) => [w, 'abbreviation'] as const),
  ...KINSHIP.split(' ').map((w) => [w, 'kinship'] as const),
  ...ROLE_CUES.split(' ').map((w) => [w, 'role'] as const),
  ...LABELS.split(' ').map((w) => [w, 'label'] as const),
  ...NAMING_VERBS.split(' ').map((w) => [w, 'verb'] as const),
]);
const NOT_A_NAME_AFTER_ALL = new Set([...HONORIFICS, ...ABBREVIATED_HONORIFICS, ...TITLES]);

// "ISA", "ALI": a short name in capitals is as often an abbreviation; it needs company.
function isShortAcronym(raw: string): boolean {
  return raw.length <= 4 && isAcronym(raw);
}

function isAcronym(raw: string): boolean {
  return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

function classifyHyphenated(parts: readonly string[], capitalised: boolean): Kind {
  const folded = parts.map(foldWord);
  const last = folded[folded.length - 1] ?? '';
  if (INSTITUTION_ENDING.test(last)) return 'institution';
  const [first = '', second = ''] = parts;
  if (HYPHEN_PREFIXES.has(foldWord(first)) && second.length > 1 && (second[0] !== second[0]?.toLowerCase() || isKnownName(foldWord(second)))) return 'strong';
  const allNames = folded.every((p) => isKnownName(p) || NAME_PARTICLES.has(p));
  if (allNames && !folded.every((p) => GERMAN_WORDS.has(p))) return 'strong';
  return capitalised && !folded.some((p) => GERMAN_WORDS.has(p)) ? 'weak' : 'plain';
}

// "Ahmads Mutter", "Fatima's Sohn": the German genitive of a name that is no German word.
function isGenitiveOfName(folded: string): boolean {
  if (folded.length < 4 || !folded.endsWith('s')) return false;
  const stem = folded.slice(0, -1);
  return isKnownName(stem) && !GERMAN_WORDS.has(stem);
}

function classifyLowerCase(raw: string, folded: string): Kind {
  if (GERMAN_WORDS.has(folded)) return 'plain';
  if (raw.includes('-')) return classifyHyphenated(raw.split('-'), false);
  if (NAME_STARTERS.has(folded)) return 'kunya';
  if (NAME_PARTICLES.has(folded)) return 'particle';
  return folded.length >= 3 && isKnownForeignName(folded) ? 'strong' : 'plain';
}

function classify(raw: string, folded: string, capitalised: boolean, script: Script): Kind {
  if (!capitalised && script === 'latin') return classifyLowerCase(raw, folded);
  if (raw.includes('-')) return classifyHyphenated(raw.split('-'), capitalised);
  if (script === 'arabic') {
    const known = isKnownName(folded) || (folded.startsWith('ال') && isKnownName(folded.slice(2)));
    return known ? 'strong' : 'weak';
  }
  if (NAME_STARTERS.has(folded) || raw === 'Um' || raw === 'Om') return 'kunya';
  if (NOT_NAMES.has(raw) || NOT_A_NAME_AFTER_ALL.has(folded)) return 'plain';
  if (NAME_PARTICLES.has(folded)) return 'particle';
  if (folded.length < 2) return 'plain';
  if (isKnownName(folded)) return GERMAN_WORDS.has(folded) || folded.length < 3 || isShortAcronym(raw) ? 'ambiguous' : 'strong';
  if (!capitalised || GERMAN_WORDS.has(folded) || ROLE_WORDS.has(folded) || hasNounEnding(folded)) return 'plain';
  if (isGenitiveOfName(folded)) return 'strong';
  return isAcronym(raw) && script === 'latin' ? 'plain' : 'weak';
}

// Words that matter only by their neighbours (cues, titles, "St.", "von", "Schule") are kept
// although they are no name.
const CONTEXT_WORDS: ReadonlySet<string> = new Set([...CUE_WORDS.keys(), ...TITLES, ...NOT_A_PERSON_BEFORE, ...NOT_A_PERSON_AFTER, 'von']);

function mattersAsContext(folded: string, capitalised: boolean): boolean {
  return CONTEXT_WORDS.has(folded) || (capitalised && INSTITUTION_ENDING.test(folded));
}

function classOf(text: string, start: number, end: number, hash: number): WordClass {
  const length = end - start;
  let slot = hash & TABLE_MASK;
  for (let key = tableKeys[slot]; key !== undefined; key = tableKeys[slot]) {
    if (key.length === length && text.startsWith(key, start)) return tableValues[slot] as WordClass;
    slot = (slot + 1) & TABLE_MASK;
  }
  const wordClass = classifyWord(text.slice(start, end));
  if (tableCount >= TABLE_SIZE / 2) {
    tableKeys.fill(undefined);
    tableValues.fill(undefined);
    tableCount = 0;
    slot = hash & TABLE_MASK;
  }
  tableKeys[slot] = wordClass.raw;
  tableValues[slot] = wordClass;
  tableCount++;
  return wordClass;
}

function classifyWord(raw: string): WordClass {
  const first = raw.charAt(0);
  const script = scriptOf(raw);
  const capitalised = first !== first.toLowerCase() || script === 'arabic';
  const folded = foldWord(raw);
  const kind = classify(raw, folded, capitalised, script);
  const matters = kind !== 'plain' || mattersAsContext(folded, capitalised) || CASE_SENSITIVE_HONORIFICS.has(raw);
  return { raw, folded, capitalised, script, kind, matters };
}

/**
 * The words of `text` that can matter for a name, outside the `blocked` stretches. Only names,
 * possible names and cue words are kept: two kept words are neighbours only when nothing but
 * spaces lies between them, so dropping the rest changes no result and saves work.
 */
export function tokenize(text: string, blocked: readonly Shield[]): Word[] {
  const words: Word[] = [];
  let b = 0;
  forEachWord(text, (start, end, hash) => {
    while (b < blocked.length && (blocked[b]?.end ?? 0) <= start) b++;
    const block = blocked[b];
    if (block !== undefined && block.start < end) return;
    const wordClass = classOf(text, start, end, hash);
    if (wordClass.matters) words.push({ start, end, ...wordClass });
  });
  return words;
}

/** The cue word `words[i]` is (Herr, Sohn, Name:, heißt …), if it is one. */
export function cueOf(words: readonly Word[], i: number, text: string): Cue | undefined {
  const word = words[i];
  if (!word) return undefined;
  if (CASE_SENSITIVE_HONORIFICS.has(word.raw)) return 'honorific';
  const cue = CUE_WORDS.get(word.folded);
  if (cue === undefined) return undefined;
  const next = text.charAt(word.end);
  switch (cue) {
    case 'abbreviation':
      return next === '.' ? 'honorific' : undefined;
    case 'role':
      return next === ':' ? 'label' : 'role';
    case 'label':
      return next === ':' ? 'label' : undefined;
    default:
      return cue;
  }
}

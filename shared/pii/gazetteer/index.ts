/**
 * The name gazetteers as Sets of folded words, for one look-up per word of a note, plus the
 * affixes that mark a word as a name even when no list holds it (…ullah, …zada, …enko, Gebre…).
 */
import { foldedList } from '../fold';
import { ARABIC_FAMILY_NAMES, ARABIC_GIVEN_NAMES } from './arabic';
import { GERMAN_FAMILY_NAMES, GERMAN_GIVEN_NAMES } from './german';
import { KURDISH_FAMILY_NAMES, KURDISH_GIVEN_NAMES } from './kurdish';
import { PERSIAN_FAMILY_NAMES, PERSIAN_GIVEN_NAMES } from './persian';
import { SLAVIC_FAMILY_NAMES, SLAVIC_GIVEN_NAMES } from './slavic';
import { TIGRINYA_FAMILY_NAMES, TIGRINYA_GIVEN_NAMES } from './tigrinya';
import { TURKISH_FAMILY_NAMES, TURKISH_GIVEN_NAMES } from './turkish';

const FOREIGN_GIVEN = [
  ARABIC_GIVEN_NAMES, PERSIAN_GIVEN_NAMES, TURKISH_GIVEN_NAMES, KURDISH_GIVEN_NAMES, TIGRINYA_GIVEN_NAMES, SLAVIC_GIVEN_NAMES,
];
const FOREIGN_FAMILY = [
  ARABIC_FAMILY_NAMES, PERSIAN_FAMILY_NAMES, TURKISH_FAMILY_NAMES, KURDISH_FAMILY_NAMES, TIGRINYA_FAMILY_NAMES, SLAVIC_FAMILY_NAMES,
];

// German offices and volunteers transliterate by German rules: Khaled → Chaled, Shirin →
// Schirin, Jamal → Dschamal, Yusuf → Jusuf, Youssef → Yussef. The lists hold the English-style
// spellings; the German ones are derived here instead of being listed twice.
const GERMAN_TRANSLITERATION: readonly (readonly [RegExp, string])[] = [
  [/kh/g, 'ch'],
  [/sh/g, 'sch'],
  [/j/g, 'dsch'],
  [/^y/, 'j'],
  [/ou/g, 'u'],
];

function withGermanSpellings(names: readonly string[]): string[] {
  const all = new Set(names);
  for (const name of names) {
    if (!/^[a-z]+$/.test(name)) continue;
    let together = name;
    for (const [pattern, replacement] of GERMAN_TRANSLITERATION) {
      all.add(name.replace(pattern, replacement));
      together = together.replace(pattern, replacement);
    }
    all.add(together);
  }
  return [...all];
}

/** Folded given names of all groups, nicknames and German transliterations included. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...withGermanSpellings(FOREIGN_GIVEN.flatMap(foldedList)),
  ...foldedList(GERMAN_GIVEN_NAMES),
]);

/** Folded family names of all groups, German transliterations included. */
export const FAMILY_NAMES: ReadonlySet<string> = new Set([
  ...withGermanSpellings(FOREIGN_FAMILY.flatMap(foldedList)),
  ...foldedList(GERMAN_FAMILY_NAMES),
]);

const ALL_NAMES: ReadonlySet<string> = new Set([...GIVEN_NAMES, ...FAMILY_NAMES]);
// Names of the groups the round table helps. Written in lower case ("heute mit ahmad"), only
// these count: a lower-case German name is far more often an ordinary word ("länger", "frey").
const FOREIGN_NAMES: ReadonlySet<string> = new Set(withGermanSpellings([...FOREIGN_GIVEN, ...FOREIGN_FAMILY].flatMap(foldedList)));

// Endings of Pashto/Dari (…ullah, …zada, …zai), Ukrainian (…enko, …chuk), Turkish (…oğlu),
// Armenian (…yan) and Georgian (…shvili) names, and the beginnings of Eritrean compound names
// (Gebremedhin, Tesfamariam, Haileselassie) and Arabic Abd-compounds; one pattern, one test.
const LATIN_NAME_AFFIX =
  /(?:ullah|ollah|uddin|iddin|zada|zadeh|zai|khel|enko|chuk|tschuk|oglu|yan|shvili|dze)$|^(?:gebre|ghebre|tesfa|haile|welde|wolde|habte|okba|abdul|abdel|abdal|abdur|abdol)/;
// Cyrillic endings of Slavic family names.
const CYRILLIC_NAME_ENDING = /(?:енко|чук|щук|юк|ський|ська|ский|ская|ович|евич|івна|овна|евна|ов|ова|ев|ева|єв|єва)$/;
const MIN_AFFIX_NAME_LENGTH = 6;
const FIRST_CYRILLIC = 0x400;
const LAST_CYRILLIC = 0x52f;

/** True when a folded word is a name by its ending or beginning alone. */
export function hasNameAffix(folded: string): boolean {
  if (folded.length < MIN_AFFIX_NAME_LENGTH) return false;
  const first = folded.charCodeAt(0);
  if (first >= FIRST_CYRILLIC && first <= LAST_CYRILLIC) return CYRILLIC_NAME_ENDING.test(folded);
  return LATIN_NAME_AFFIX.test(folded);
}

/** True when a folded word is in a gazetteer or carries a name affix. */
export function isKnownName(folded: string): boolean {
  return ALL_NAMES.has(folded) || hasNameAffix(folded);
}

/** True when a folded word is a name of the groups the round table helps, or carries a name affix. */
export function isKnownForeignName(folded: string): boolean {
  return FOREIGN_NAMES.has(folded) || hasNameAffix(folded);
}

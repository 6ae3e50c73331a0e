/**
 * Street addresses and dates of birth. A street is personal data only with a house number
 * ("in der Theodor-Heuss-Straße" is not); a date only when it is given as a date of birth
 * (meeting dates and deadlines are the most common numbers in notes).
 */
import { charBeforeIs, scan, type FindingSink } from './finding';
import { foldWord } from './fold';
import { GERMAN_WORDS, hasNounEnding } from './lexicon';

// Anchored on each number: a street-name ending must stand right before it. The word start is
// then found backwards.
const STREET_ENDING_BEFORE_NUMBER =
  /(?:stra(?:ß|ss)e|str\.|gasse|weg|platz|allee|ring|damm|ufer|steige?|pfad|graben|halde|chaussee|promenade|markt|stätte)[ \t]?$/iu;
const STREET_ENDING_REACH = 10;
// Words with a street ending that are not streets ("Kitaplatz 2026", "Arbeitsweg 45 Minuten").
const NOT_STREETS = new Set(
  `arbeitsplatz ausbildungsplatz kitaplatz kindergartenplatz krippenplatz schulplatz studienplatz therapieplatz
  kursplatz parkplatz spielplatz praktikumsplatz heimplatz betreuungsplatz sitzplatz stellplatz wohnplatz
  platz schulweg arbeitsweg heimweg rechtsweg lebensweg umweg ausweg fussweg gehweg radweg weg ruckweg
  hinweg anfahrtsweg ring ohrring ufer damm graben bahnsteig markt arbeitsmarkt wohnungsmarkt supermarkt
  flohmarkt wochenmarkt weihnachtsmarkt baumarkt ausbildungsmarkt statte arbeitsstatte gaststatte werkstatte`.split(/\s+/),
);
// Endings that a lower-case word may carry and still be a street ("bahnhofstr. 5a").
const LOWER_CASE_STREET = /(?:stra(?:ß|ss)e|str\.|gasse|allee)$/;
const HOUSE_NUMBER = /^[ \t]?\d{1,4}(?:[ \t]?[a-zA-Z](?!\p{L}))?(?:[ \t]?[-–/][ \t]?\d{1,4}(?:[a-zA-Z](?!\p{L}))?)?/u;
// A number followed by one of these counts something; it is no house number.
const NOT_A_HOUSE_NUMBER =
  /^(?:[.,:]\d|\d|\s?(?:Uhr|h\b|%|€|Euro|EUR|km|m\b|m²|qm|Min|Minuten|Stunden|Tage|Wochen|Monate|Jahre|Personen|Kinder|Zimmer|Plätze|Fälle|Leute|Frauen|Männer))/u;
const POSTCODE_AND_TOWN = /^,?[ \t]+\d{5}[ \t]+[A-ZÄÖÜ][\p{L}-]+/u;
const WORD_CHAR = /[\p{L}-]/u;
const ADJECTIVE_BEFORE = /([A-ZÄÖÜ][\p{L}]*er)[ \t]$/u;

function houseNumberEnd(text: string, from: number): number | undefined {
  const rest = text.slice(from, from + 40);
  const number = HOUSE_NUMBER.exec(rest);
  if (!number) return undefined;
  if (NOT_A_HOUSE_NUMBER.test(rest.slice(number[0].length))) return undefined;
  const town = POSTCODE_AND_TOWN.exec(rest.slice(number[0].length));
  return from + number[0].length + (town ? town[0].length : 0);
}

function wordStartBefore(text: string, index: number): number {
  let start = index;
  while (start > 0 && WORD_CHAR.test(text.charAt(start - 1))) start--;
  return start;
}

function findStreetsByEnding(text: string, sink: FindingSink): void {
  for (const numberStart of sink.digitRuns) {
    const before = text.slice(Math.max(0, numberStart - STREET_ENDING_REACH), numberStart);
    const ending = STREET_ENDING_BEFORE_NUMBER.exec(before);
    if (!ending) continue;
    const endingStart = numberStart - before.length + ending.index;
    const endingEnd = endingStart + ending[0].trimEnd().length;
    let start = wordStartBefore(text, endingStart);
    const word = text.slice(start, endingEnd);
    const folded = foldWord(word.replace(/\.$/, ''));
    if (NOT_STREETS.has(folded)) continue;
    const isLower = word.charAt(0) !== word.charAt(0).toUpperCase();
    if (isLower && !LOWER_CASE_STREET.test(word.toLowerCase())) continue;
    if (start === endingStart) {
      // A bare "Straße 5" needs its adjective: "Konstanzer Straße 21".
      const adjective = ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      if (!adjective) continue;
      start -= adjective[0].length;
    }
    const end = houseNumberEnd(text, endingEnd);
    if (end !== undefined) sink.findings.push({ start, end, type: 'ADDRESS' });
  }
}

// "Am Seerhein 12", "Im Tägermoos 8": a preposition, a name that is no ordinary word, a number.
// The name before the number is read backwards first; only a capitalised one is checked for
// its preposition, so most numbers cost a few character tests.
const PREPOSITION_BEFORE =
  /(?<![\p{L}\p{N}])(?:Am|Im|Zum|Zur|Beim|An der|An den|Auf der|Auf dem|In der|In den|Unter der|Hinter der|Obere|Untere|Oberer|Unterer|Alte|Alter|Neue|Neuer)[ \t]$/u;
const PREPOSITION_REACH = 12;
const UPPER_CASE_START = /^[A-ZÄÖÜ]/;
// "Im Notfall 112": after a preposition, an emergency or service number is no house number.
const SERVICE_NUMBER = /^(?:110|112|115|116[ \t]?\d{3})(?!\d)/;
// "Schwedenschanze 14, 78462 Konstanz": any name followed by number, postcode and town,
// anchored on the postcode and checked backwards.
const POSTCODE_TOWN = /\d{5}[ \t][A-ZÄÖÜ][\p{L}-]+/gu;
const NAME_AND_NUMBER_BEFORE = /(?<![\p{L}\p{N}])([A-ZÄÖÜ][\p{L}]+(?:-[\p{L}]+)*)[ \t]\d{1,4}[a-z]?,?[ \t]$/u;

function isPlaceName(word: string): boolean {
  const folded = foldWord(word);
  return !GERMAN_WORDS.has(folded) && !hasNounEnding(folded);
}

/** Finds street addresses with a house number, with postcode and town when they follow. */
export function findAddresses(text: string, sink: FindingSink): void {
  if (sink.digits === 0) return;
  findStreetsByEnding(text, sink);
  for (const numberStart of sink.digitRuns) {
    let nameEnd = numberStart;
    while (nameEnd > 0 && (text.charAt(nameEnd - 1) === ' ' || text.charAt(nameEnd - 1) === '\t')) nameEnd--;
    if (numberStart - nameEnd > 1) continue;
    const nameStart = wordStartBefore(text, nameEnd);
    const name = text.slice(nameStart, nameEnd);
    if (!UPPER_CASE_START.test(name) || !isPlaceName(name)) continue;
    const preposition = PREPOSITION_BEFORE.exec(text.slice(Math.max(0, nameStart - PREPOSITION_REACH), nameStart));
    if (!preposition || SERVICE_NUMBER.test(text.slice(numberStart, numberStart + 8))) continue;
    const start = nameStart - preposition[0].length;
    const end = houseNumberEnd(text, nameEnd);
    if (end !== undefined) sink.findings.push({ start, end, type: 'ADDRESS' });
  }
  for (let match = scan(POSTCODE_TOWN, text); match; match = POSTCODE_TOWN.exec(text)) {
    if (charBeforeIs(text, match.index, /\d/)) continue;
    const before = NAME_AND_NUMBER_BEFORE.exec(text.slice(Math.max(0, match.index - 60), match.index));
    if (!before || !isPlaceName(before[1] ?? '')) continue;
    sink.findings.push({ start: match.index - before[0].length, end: match.index + match[0].length, type: 'ADDRESS' });
  }
}

// Anchored on each number: a birth label stands before it, with at most a few words between
// ("Geburtsdatum lt. Ankunftsnachweis: 01.01.2006"), but no comma, line break or other number.
const BIRTH_LABEL_BEFORE =
  /(?:\bgeb(?:\.|oren\b|\b)(?:[ \t]+am)?|geburtsdatum|geburtstag|geburtsjahr|\bdob\b|\bborn(?:[ \t]+on)?|jahrgang|\bjg\.)[ \t]*:?[^\d\n,;]{0,30}$/iu;
const BIRTH_LABEL_REACH = 60;
// A cheap look for the label words first: the full pattern is tried only where one occurs.
const BIRTH_WORD = /geb[.: ]|geboren|geburts|dob|born|jahrgang|jg\./i;
// "(* 05.09.2012)", "Petrenko *12.3.1958": the genealogical star, not a bullet at the start of a line.
const STAR_AFTER = /(?:\(|[\p{L})][ \t]?)$/u;
const MONTHS = 'Januar|Jan|Februar|Feb|März|Mär|April|Apr|Mai|Juni|Jun|Juli|Jul|August|Aug|September|Sept|Sep|Oktober|Okt|November|Nov|Dezember|Dez';
const DATE = new RegExp(
  String.raw`(?<!\d)(?:\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\.?[ \t](?:${MONTHS})\.?[ \t]\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:0?[1-9]|1[0-2])[./](?:19|20)\d{2}|(?:19|20)\d{2}|\d{1,2}\.\d{1,2}\.)(?!\d)`,
  'iu',
);
const STAR_TO_DATE = /^[ \t]?/;

function pushDateAt(text: string, start: number, sink: FindingSink): void {
  const date = DATE.exec(text.slice(start, start + 25));
  if (date && date.index === 0) sink.findings.push({ start, end: start + date[0].length, type: 'DATE_OF_BIRTH' });
}

/** Finds dates of birth: a date after geb./geboren/Geburtsdatum/* and similar labels. */
export function findDatesOfBirth(text: string, sink: FindingSink): void {
  if (sink.digits < 2) return;
  if (BIRTH_WORD.test(text)) {
    for (const numberStart of sink.digitRuns) {
      const before = text.slice(Math.max(0, numberStart - BIRTH_LABEL_REACH), numberStart);
      if (BIRTH_WORD.test(before) && BIRTH_LABEL_BEFORE.test(before)) pushDateAt(text, numberStart, sink);
    }
  }
  for (let star = text.indexOf('*'); star !== -1; star = text.indexOf('*', star + 1)) {
    if (!STAR_AFTER.test(text.slice(Math.max(0, star - 2), star))) continue;
    pushDateAt(text, star + 1 + (STAR_TO_DATE.exec(text.slice(star + 1, star + 2))?.[0].length ?? 0), sink);
  }
}

import type { Random } from '../random';

/**
 * Fills `{slot}` placeholders in demo text templates from word pools. The pools hold
 * offices, documents, courses and times, never a person, an address or a number that
 * could identify anyone: the demo data must be safe to show anywhere.
 */

export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  wann: ['nächste Woche', 'Anfang des Monats', 'in zwei Wochen', 'Ende des Monats', 'am kommenden Dienstag', 'nach den Schulferien', 'in den nächsten Tagen', 'Mitte des Monats'],
  amt: ['Ausländerbehörde', 'Jobcenter', 'Sozialamt', 'Familienkasse', 'Wohngeldstelle', 'Jugendamt', 'Standesamt', 'Bürgerbüro', 'Agentur für Arbeit'],
  dokument: [
    'Nationalpass',
    'Geburtsurkunde',
    'Heiratsurkunde',
    'Mietbescheinigung',
    'Lohnabrechnungen der letzten drei Monate',
    'Meldebescheinigung',
    'Schulbescheinigung',
    'Nachweis über die Krankenversicherung',
    'Arbeitsvertrag',
    'Sprachzertifikat',
    'Kontoauszüge',
    'Bescheid des Jobcenters',
  ],
  kurs: ['Integrationskurs', 'Berufssprachkurs B2', 'B1-Kurs', 'Alphabetisierungskurs', 'Abendkurs B1', 'Integrationskurs mit Kinderbetreuung', 'Jugendintegrationskurs'],
  niveau: ['A2', 'B1', 'B2'],
  angehoerige: ['die Ehefrau', 'den Ehemann', 'die minderjährigen Kinder', 'die Ehefrau und die Kinder', 'den Ehemann und die Kinder', 'die jüngste Tochter', 'den minderjährigen Sohn'],
  auslandsvertretung: ['die deutsche Botschaft', 'die Auslandsvertretung', 'das Visazentrum', 'die Botschaft im Nachbarland'],
  beratung: ['Migrationsberatung', 'Schuldnerberatung', 'Psychosoziale Beratungsstelle', 'Schulsozialarbeit', 'Integrationsmanagement', 'Mieterberatung', 'Antidiskriminierungsberatung', 'Jugendmigrationsdienst', 'Schwangerschaftsberatung'],
  branche: ['Pflege', 'Gastronomie', 'Logistik', 'Handwerk', 'Gebäudereinigung', 'Einzelhandel', 'Kinderbetreuung', 'Lagerwirtschaft', 'Metallbau'],
  wohnung: ['Zwei-Zimmer-Wohnung', 'Drei-Zimmer-Wohnung', 'Wohnung mit vier Zimmern', 'kleine Einzimmerwohnung', 'Sozialwohnung', 'Wohnung in einem Nachbarort'],
  leistung: ['Bürgergeld', 'Wohngeld', 'Kinderzuschlag', 'Leistungen nach dem Asylbewerberleistungsgesetz', 'Leistungen für Bildung und Teilhabe', 'Kindergeld', 'Elterngeld'],
  schule: ['Grundschule', 'Vorbereitungsklasse', 'Werkrealschule', 'Berufsschulklasse VABO', 'Gemeinschaftsschule', 'Realschule'],
  kita: ['Kita', 'Kindertagesstätte', 'Krippe', 'Kindergarten', 'Ganztagsbetreuung'],
  arzt: ['Hausarztpraxis', 'Kinderarztpraxis', 'Zahnarztpraxis', 'Facharztpraxis', 'Klinikambulanz', 'psychiatrische Institutsambulanz'],
  person: ['Die Klientin', 'Der Klient', 'Die Familie', 'Die Mutter', 'Der Vater', 'Das Ehepaar', 'Die Person'],
  zeitraum: ['seit drei Monaten', 'seit einem halben Jahr', 'seit mehreren Wochen', 'seit über einem Jahr', 'seit dem Frühjahr', 'seit dem letzten Umzug'],
  frist: ['zwei Wochen', 'vier Wochen', 'einen Monat', 'sechs Wochen', 'zehn Tage'],
  ehrenamt: ['eine Ehrenamtliche', 'ein Ehrenamtlicher', 'das Patenteam', 'die Lernpatin', 'der Begleitdienst', 'die Sprachpatin'],
  status: ['Aufenthaltserlaubnis', 'Fiktionsbescheinigung', 'Duldung', 'Aufenthaltsgestattung', 'Niederlassungserlaubnis', 'Beschäftigungsduldung'],
};

const PLACEHOLDER = /\{(\w+)\}/g;

/** The template with every `{slot}` replaced by a word from its pool (or from `extra`, which wins). */
export function fill(random: Random, template: string, extra: Readonly<Record<string, string>> = {}): string {
  return template.replace(PLACEHOLDER, (whole, slot: string) => {
    const given = extra[slot];
    if (given !== undefined) return given;
    const pool = SLOTS[slot];
    return pool ? random.pick(pool) : whole;
  });
}

/** A random template of a pool, filled. */
export function fillFrom(random: Random, templates: readonly string[], extra: Readonly<Record<string, string>> = {}): string {
  return fill(random, random.pick(templates), extra);
}

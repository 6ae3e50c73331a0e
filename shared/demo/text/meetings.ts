import type { MinutesLabels } from '../../meetings/minutes';
import type { TopicArea } from '../../model/case';

/** German demo texts for meetings: standing items, reports, guests, outcomes, places. */

export const STANDING_ITEMS = [
  { title: 'Begrüßung und Feststellung der Tagesordnung', outcomes: ['Die Tagesordnung wird ohne Änderungen festgestellt.', 'Die Tagesordnung wird mit einer Ergänzung unter Verschiedenes festgestellt.'] },
  { title: 'Genehmigung des Protokolls der letzten Sitzung', outcomes: ['Das Protokoll wird ohne Änderungen genehmigt.', 'Das Protokoll wird mit einer kleinen Korrektur genehmigt.'] },
] as const;

export const PLACES: readonly string[] = ['Gemeindesaal der Pfarrei', 'Sitzungszimmer im Rathaus', 'Großer Raum im Begegnungszentrum', 'Videokonferenz'];

export const REPORT_PARENT = 'Berichte aus den Organisationen';

export const REPORT_OUTCOMES: readonly string[] = [
  'Die Beratungszahlen sind gestiegen, vor allem zu Wohnen und Aufenthalt.',
  'Die Wartezeit für Erstgespräche liegt derzeit bei etwa drei Wochen.',
  'Neue Ehrenamtliche wurden eingearbeitet; weitere werden gesucht.',
  'Das Begegnungscafé findet wieder wöchentlich statt.',
  'Die Sprechstunde in der Gemeinschaftsunterkunft ist gut besucht.',
  'Zwei Infoabende zum Familiennachzug sind geplant.',
  'Die Spendenkasse für Dolmetschkosten ist fast aufgebraucht.',
];

export const CASE_OUTCOMES: readonly string[] = [
  'Der Fall wurde ausführlich besprochen. Die Begleitung wird fortgesetzt, nächste Schritte sind vereinbart.',
  'Die Runde empfiehlt, die Beratungsstelle einzubeziehen und beim Amt schriftlich nachzufragen.',
  'Die zuständige Person berichtet über Fortschritte. Keine weiteren Maßnahmen nötig, Wiedervorlage in drei Monaten.',
  'Es wird ein gemeinsames Schreiben an die Behörde vorbereitet.',
  'Die Runde sieht dringenden Handlungsbedarf; der Fall wird für das Anliegen dokumentiert.',
  'Ein Mitglied übernimmt die Begleitung zum nächsten Termin.',
  'Die betroffene Person hat ihre Lage selbst geschildert. Die Runde sagt Unterstützung bei der Wohnungssuche zu.',
];

export const ADJOURNED_OUTCOMES: readonly string[] = [
  'Vertagt: die zuständige Person war verhindert.',
  'Vertagt auf die nächste Sitzung, weil die Antwort der Behörde noch aussteht.',
  'Aus Zeitgründen vertagt.',
];

/** Guests for single items: organisation, role, item title, outcome, topic. */
export const GUESTS: readonly { organisation: string; role: string; title: string; outcome: string; topic: TopicArea }[] = [
  { organisation: 'Jobcenter', role: 'Teamleitung Leistung', title: 'Gast: Jobcenter – Bearbeitungszeiten bei Erstanträgen', outcome: 'Das Jobcenter sagt eine feste Ansprechperson für die Beratungsstellen zu.', topic: 'finances' },
  { organisation: 'Ausländerbehörde', role: 'Sachgebietsleitung', title: 'Gast: Ausländerbehörde – Terminvergabe und Fiktionsbescheinigungen', outcome: 'Die Behörde stellt ein Kontingent an Terminen für dringende Fälle in Aussicht.', topic: 'residence' },
  { organisation: 'Sozialamt', role: 'Abteilungsleitung', title: 'Gast: Sozialamt – Behandlungsscheine und Kostenübernahmen', outcome: 'Behandlungsscheine können künftig auch per E-Mail angefordert werden.', topic: 'health' },
  { organisation: 'Amt für Wohnen', role: 'Fachbereich Wohnungssicherung', title: 'Gast: Amt für Wohnen – Wohnungsnotfälle', outcome: 'Es wird eine gemeinsame Fallkonferenz für drohende Wohnungslosigkeit vereinbart.', topic: 'housing' },
  { organisation: 'Staatliches Schulamt', role: 'Koordination Vorbereitungsklassen', title: 'Gast: Schulamt – Plätze in Vorbereitungsklassen', outcome: 'Zum Halbjahr werden zwei zusätzliche Klassen eingerichtet.', topic: 'education' },
  { organisation: 'Psychosoziales Zentrum', role: 'Fachberatung', title: 'Gast: Psychosoziales Zentrum – Versorgungslage', outcome: 'Die Warteliste ist lang; Stabilisierungsgruppen werden ausgebaut.', topic: 'psychosocial' },
  { organisation: 'Kita-Verwaltung', role: 'Platzvergabe', title: 'Gast: Kita-Verwaltung – Vergabe der Plätze', outcome: 'Familien im Sprachkurs werden bei der Vergabe künftig berücksichtigt.', topic: 'education' },
];

export const CONCERN_ITEM_OUTCOMES: readonly string[] = [
  'Die Stellungnahme wird in der vorliegenden Fassung verabschiedet und versandt.',
  'Die Runde sammelt weitere Beispiele; der Entwurf wird in der nächsten Sitzung beraten.',
  'Die Antwort der Verwaltung wird vorgestellt und besprochen.',
  'Eine Arbeitsgruppe bereitet ein Gespräch mit der Verwaltung vor.',
];

export const MISC_TITLE = 'Verschiedenes';
export const MISC_OUTCOMES: readonly string[] = [
  'Hinweis auf den Infoabend der Migrationsberatung.',
  'Die nächste Sitzung findet wie geplant statt.',
  'Keine weiteren Punkte.',
  'Termine der Ferienzeit werden abgestimmt.',
  'Das Begegnungsfest wird gemeinsam vorbereitet.',
];

export const MODERATION_NOTES: readonly string[] = [
  'Zeit im Blick behalten.',
  'Dolmetschung vorab bestätigen.',
  'Betroffene Person zuerst sprechen lassen.',
  'Nur die nächsten Schritte festhalten.',
];

export const AMENDMENTS: readonly string[] = [
  'Ergänzung: Beim Bericht der Beratungsstelle fehlte der Hinweis auf die neue Sprechstunde.',
  'Korrektur: Die Frist im Fallbericht endet einen Monat später als notiert.',
  'Ergänzung: Ein weiteres Mitglied war entschuldigt.',
];

export const FOLLOW_UP_WITHOUT_CASE: readonly (readonly [string, string])[] = [
  ['Stellungnahme an die Verwaltung versenden', 'Verabschiedete Fassung mit Anschreiben verschicken.'],
  ['Gesprächstermin mit der Verwaltung anfragen', 'Mögliche Termine für ein Gespräch anfragen.'],
  ['Beispiele für das Anliegen sammeln', 'Anonymisierte Beispiele aus den Fällen zusammentragen.'],
  ['Infoabend vorbereiten', 'Raum, Dolmetschung und Einladung organisieren.'],
];

const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** A day as the minutes print it: "Dienstag, 10. März 2026". */
export function longGermanDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return `${WEEKDAYS[date.getUTCDay()]}, ${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The German labels of the Protokoll, as renderer/i18n/meetings.ts words them. */
export const MINUTES_LABELS_DE: MinutesLabels = {
  title: 'Protokoll der Sitzung des Runden Tisches am',
  place: 'Ort',
  start: 'Beginn',
  moderation: 'Moderation',
  minuteTaker: 'Protokoll',
  attendance: 'Anwesenheit',
  presence: { present: 'Anwesend', excused: 'Entschuldigt', absent: 'Abwesend' },
  notRecorded: 'Nicht erfasst',
  arrived: 'ab',
  left: 'bis',
  guests: 'Gäste',
  item: 'TOP',
  nonPublic: 'nichtöffentlich',
  cases: 'Fälle',
  presenter: 'Vortrag',
  guest: 'Gast',
  interpreter: 'Dolmetschung',
  planned: 'geplant',
  actual: 'gedauert',
  minutes: 'Min.',
  outcome: 'Ergebnis',
  noOutcome: 'Kein Ergebnis festgehalten.',
  result: 'Stand',
  results: { open: 'offen', done: 'erledigt', adjourned: 'vertagt' },
  newFollowUps: 'Neue Aufgaben',
  due: 'bis',
};

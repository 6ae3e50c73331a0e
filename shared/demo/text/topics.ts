import type { TopicArea } from '../../model/case';
import type { BlockCategory } from '../../model/followUp';
import { AUTHORITIES, DISCRIMINATION, FINANCES, HEALTH, OTHER, PSYCHOSOCIAL } from './topicsB';
import { EDUCATION, FAMILY_REUNIFICATION, HOUSING, LANGUAGE, RESIDENCE, WORK } from './topicsA';

/** The German demo texts of one topic area: templates with `{slot}` placeholders (see fill.ts). */
export interface TopicTexts {
  readonly titles: readonly string[];
  /** The first note of a case. */
  readonly intake: readonly string[];
  readonly progress: readonly string[];
  /** Follow-ups as [title, details]. */
  readonly followUps: readonly (readonly [string, string])[];
}

export const TOPIC_TEXTS: Readonly<Record<TopicArea, TopicTexts>> = {
  residence: RESIDENCE,
  family_reunification: FAMILY_REUNIFICATION,
  housing: HOUSING,
  work: WORK,
  language: LANGUAGE,
  education: EDUCATION,
  health: HEALTH,
  psychosocial: PSYCHOSOCIAL,
  finances: FINANCES,
  authorities: AUTHORITIES,
  discrimination: DISCRIMINATION,
  other: OTHER,
};

/** A second sentence that can follow any note. */
export const NOTE_ADDITIONS: readonly string[] = [
  'Dolmetschung ({sprache}) war dabei.',
  'Nächster Kontakt {wann}.',
  '{ehrenamt} bleibt Ansprechperson.',
  'Die Unterlagen liegen in Kopie in der Beratungsstelle.',
  'Rückmeldung an die Moderation gegeben.',
  'Das Gespräch fand telefonisch statt.',
  'Die {beratung} ist informiert.',
  'Für die nächste Sitzung vormerken, falls sich nichts bewegt.',
  'Die Stimmung ist zuversichtlich.',
  'Es besteht weiterhin großer Zeitdruck.',
];

export const CLOSING_NOTES: readonly string[] = [
  'Fall abgeschlossen: das Anliegen ist gelöst, weitere Begleitung ist nicht nötig.',
  'Abschlussgespräch geführt. {person} kommt jetzt allein zurecht und meldet sich bei Bedarf.',
  'Übergabe an die {beratung} erfolgt; der Fall wird am Runden Tisch geschlossen.',
  'Die Familie ist in einen anderen Landkreis gezogen. Kontakt zur dortigen Beratungsstelle wurde hergestellt.',
  'Kein Kontakt mehr seit mehreren Monaten; der Fall wird geschlossen.',
];

export const CLOSING_REASONS: readonly (readonly [string, number])[] = [
  ['Anliegen gelöst', 40],
  ['Aufenthaltstitel erteilt, keine weitere Unterstützung nötig', 12],
  ['Wohnung gefunden und bezogen', 10],
  ['Übergabe an eine Fachberatungsstelle', 12],
  ['Wegzug in einen anderen Landkreis', 9],
  ['Kein Kontakt mehr', 9],
  ['Familie ist zusammengeführt', 5],
  ['Ausreise', 3],
];

export const SUMMARY_ADDITIONS: readonly string[] = [
  'Mehrere Stellen sind beteiligt, die Abstimmung ist aufwendig.',
  'Die Zeit drängt, weil Fristen laufen.',
  'Unterstützung durch {ehrenamt}.',
  'Die Verständigung gelingt nur mit Dolmetschung.',
  'Es gibt Kinder im Haushalt.',
  'Der Fall steht exemplarisch für ein wiederkehrendes Problem.',
  'Erste Schritte sind gemacht, es hakt an der Behörde.',
];

export const COMPLETION_NOTES: readonly string[] = [
  'Erledigt wie besprochen.',
  'Hat geklappt, Bestätigung liegt vor.',
  'Termin hat stattgefunden, Ergebnis im Verlauf notiert.',
  'Antrag ist eingereicht.',
  'Erledigt, es waren zwei Anläufe nötig.',
  'Erledigt; die Rückmeldung kam schneller als erwartet.',
];

export const BLOCKED_REASONS: Readonly<Record<BlockCategory, readonly string[]>> = {
  authority: ['Die zuständige Stelle antwortet nicht auf Nachfragen.', 'Das Amt vergibt derzeit keine Termine.', 'Der Antrag liegt seit Monaten unbearbeitet beim Amt.'],
  missing_documents: ['Der Nationalpass fehlt noch.', 'Die Geburtsurkunde muss aus dem Herkunftsland beschafft werden.', 'Es fehlen Nachweise über das Einkommen.'],
  appointment: ['Kein Termin vor Ablauf der Frist zu bekommen.', 'Die Auslandsvertretung hat keine freien Termine.', 'Der Termin wurde zweimal abgesagt.'],
  funding: ['Die Kosten für die Dolmetschung sind ungeklärt.', 'Niemand übernimmt die Übersetzungskosten.', 'Die Finanzierung des Kurses ist offen.'],
  other: ['Die Person ist vorübergehend nicht erreichbar.', 'Warten auf eine Entscheidung des Gerichts.', 'Erst nach dem Umzug möglich.'],
};

export const OVERRIDE_REASONS: readonly string[] = [
  'Termin ist verbindlich zugesagt, die Verzögerung ist unkritisch.',
  'Frist wurde mündlich verlängert.',
  'Lage hat sich zugespitzt, bitte vorrangig behandeln.',
];

export const DUE_CHANGE_REASONS: readonly string[] = [
  'Termin wurde verschoben.',
  'Die Behörde braucht länger.',
  'Neue Frist nach Rücksprache.',
];

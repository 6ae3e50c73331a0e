import type { AGE_BANDS, CASE_STATUSES, RESIDENCE_STATUSES, TopicArea } from '../model/case';
import type { CONCERN_STATUSES } from '../model/concern';
import type { BLOCK_CATEGORIES, TrafficLight } from '../model/followUp';
import { labelsEn } from './labelsEn';
import type { ReportFigureId, ReportNoteId, ReportTableId } from './model';

/**
 * The words of the report document in German and English. They live in shared/ because
 * the app and the command line write the same report. Topic areas, statuses and
 * categories say what the app's own texts say (checked by tests/shared/reportLabels.test.ts).
 * Templates take {{name}} placeholders (see fill).
 */

export const REPORT_LANGUAGES = ['de', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** The sections of the report, each holding some of the tables. */
export type ReportSectionId = 'cases' | 'followUps' | 'concerns' | 'meetings';

interface TableWords {
  readonly title: string;
  readonly rowHeader: string;
  /** Header of the column of counts, for tables with one. */
  readonly count?: string;
}

export interface ReportLabels {
  readonly locale: string;
  readonly title: string;
  readonly organisation: string;
  readonly period: string;
  readonly scopeAll: string;
  readonly scopeSome: string;
  readonly minimum: string;
  readonly anonymous: string;
  readonly total: string;
  readonly summaryTitle: string;
  readonly summary: { readonly cases: string; readonly newCases: string; readonly closedCases: string; readonly meetingsHeld: string };
  readonly summaryHeader: { readonly label: string; readonly value: string };
  readonly sections: Readonly<Record<ReportSectionId, string>>;
  readonly tables: Readonly<Record<ReportTableId | 'meetings', TableWords>> & { readonly concerns: TableWords & { readonly status: string } };
  readonly caseFlowRows: { readonly openedBefore: string; readonly openedInPeriod: string };
  readonly notRecorded: string;
  readonly topics: Readonly<Record<TopicArea, string>>;
  readonly caseStatuses: Readonly<Record<(typeof CASE_STATUSES)[number], string>>;
  readonly residenceStatuses: Readonly<Record<(typeof RESIDENCE_STATUSES)[number], string>>;
  readonly ageBands: Readonly<Record<(typeof AGE_BANDS)[number], string>>;
  readonly lights: Readonly<Record<TrafficLight, string>>;
  readonly blockCategories: Readonly<Record<(typeof BLOCK_CATEGORIES)[number], string>>;
  readonly concernStatuses: Readonly<Record<(typeof CONCERN_STATUSES)[number], string>>;
  readonly figures: Readonly<Record<ReportFigureId, string>>;
  readonly median: string;
  readonly medianWithheld: string;
  readonly notes: Readonly<Record<ReportNoteId, string>> & { readonly suppressed: string; readonly meetings: string };
  readonly ageBandOmitted: string;
  readonly noConcerns: string;
  readonly notesTitle: string;
}

const labelsDe: ReportLabels = {
  locale: 'de-DE',
  title: 'Bericht für Politik und Verwaltung',
  organisation: 'Runder Tisch zur Begleitung von Flüchtlingen, Migrantinnen und Migranten in Konstanz',
  period: 'Zeitraum: {{from}} bis {{to}}',
  scopeAll: 'Themenfelder: alle',
  scopeSome: 'Themenfelder: {{topics}}',
  minimum: 'Kleinste veröffentlichte Zahl: k = {{k}}',
  anonymous: 'Alle Angaben sind anonym. Kleine Zahlen werden nicht veröffentlicht, damit niemand erkennbar ist.',
  total: 'Insgesamt',
  summaryTitle: 'Auf einen Blick',
  summary: {
    cases: 'Fälle, die im Zeitraum offen waren',
    newCases: 'davon im Zeitraum neu eröffnet',
    closedCases: 'im Zeitraum abgeschlossen',
    meetingsHeld: 'Sitzungen',
  },
  summaryHeader: { label: 'Angabe', value: 'Anzahl' },
  sections: {
    cases: 'Fälle',
    followUps: 'Aufgaben und Maßnahmen',
    concerns: 'Anliegen an Politik und Verwaltung',
    meetings: 'Sitzungen des Runden Tisches',
  },
  tables: {
    caseFlow: { title: 'Fälle nach Eröffnung und Stand am Ende des Zeitraums', rowHeader: 'Fall eröffnet' },
    topicStatus: { title: 'Fälle nach Themenfeld und Stand am Ende des Zeitraums', rowHeader: 'Themenfeld' },
    residenceStatus: { title: 'Fälle nach Aufenthaltsstatus', rowHeader: 'Aufenthaltsstatus', count: 'Fälle' },
    ageBand: { title: 'Fälle nach Altersgruppe', rowHeader: 'Altersgruppe', count: 'Fälle' },
    followUpLights: { title: 'Aufgaben nach Ampel am Ende des Zeitraums', rowHeader: 'Ampel', count: 'Aufgaben' },
    blockedFollowUps: { title: 'Blockierte Aufgaben nach Art der Blockade', rowHeader: 'Blockiert durch', count: 'Aufgaben' },
    concerns: { title: 'Anliegen und verknüpfte Fälle', rowHeader: 'Anliegen (freigegebene Aussage)', status: 'Stand heute', count: 'Verknüpfte Fälle' },
    meetings: { title: 'Sitzungen im Zeitraum', rowHeader: 'Angabe', count: 'Anzahl' },
  },
  caseFlowRows: { openedBefore: 'vor dem Zeitraum', openedInPeriod: 'im Zeitraum (neu)' },
  notRecorded: 'nicht erfasst',
  topics: {
    residence: 'Aufenthalt/Asyl',
    family_reunification: 'Familiennachzug',
    housing: 'Wohnen',
    work: 'Arbeit',
    language: 'Sprache',
    education: 'Bildung/Schule/Kita',
    health: 'Gesundheit',
    psychosocial: 'Psychosoziales',
    finances: 'Finanzen/Leistungen',
    authorities: 'Behörden',
    discrimination: 'Diskriminierung',
    other: 'Sonstiges',
  },
  caseStatuses: { new: 'neu', in_progress: 'in Bearbeitung', waiting: 'wartet auf Dritte', closed: 'abgeschlossen' },
  residenceStatuses: {
    asylum_pending: 'Asylverfahren läuft',
    recognised: 'anerkannt (Asyl/Flüchtling)',
    subsidiary_protection: 'subsidiärer Schutz',
    tolerated: 'Duldung',
    residence_permit: 'Aufenthaltserlaubnis',
    eu_citizen: 'EU-Bürger/in',
    other: 'anderer Status',
    unknown: 'unbekannt',
  },
  ageBands: {
    '0-5': '0–5 Jahre',
    '6-13': '6–13 Jahre',
    '14-17': '14–17 Jahre',
    '18-26': '18–26 Jahre',
    '27-45': '27–45 Jahre',
    '46-64': '46–64 Jahre',
    '65+': '65 Jahre und älter',
  },
  lights: { red: 'rot', yellow: 'gelb', green: 'grün' },
  blockCategories: { authority: 'Behörde', missing_documents: 'Unterlagen fehlen', appointment: 'Termin', funding: 'Finanzierung', other: 'Sonstiges' },
  concernStatuses: {
    collected: 'gesammelt',
    in_preparation: 'in Vorbereitung',
    raised: 'an Politik/Verwaltung herangetragen',
    answered: 'Antwort erhalten',
    done: 'erledigt',
  },
  figures: { meetingsHeld: 'Durchgeführte Sitzungen', casesDiscussed: 'In den Sitzungen besprochene Fälle', guestsHeard: 'Angehörte Gäste' },
  median: 'Mittlere Dauer (Median) der im Zeitraum abgeschlossenen Fälle: {{days}} Tage.',
  medianWithheld: 'Mittlere Dauer (Median) der im Zeitraum abgeschlossenen Fälle: . (im Zeitraum wurden weniger als {{k}} Fälle abgeschlossen).',
  notes: {
    suppressed:
      '„.“ = Zahlenwert geheim zu halten (Zeichen der amtlichen Statistik). Zahlen unter {{k}} werden nicht veröffentlicht, Summen eingeschlossen, und ebenso Zahlen, aus denen sie sich errechnen ließen. Null wird veröffentlicht.',
    statusAtEnd: 'Gezählt sind die Fälle, die im Zeitraum offen waren: bis zu seinem Ende eröffnet und nicht vor seinem Beginn abgeschlossen; Stand am letzten Tag des Zeitraums.',
    scopedCases: 'Nur Fälle mit mindestens einem der gewählten Themenfelder.',
    multiTopic:
      'Mehrfachnennungen: Ein Fall mit mehreren Themenfeldern zählt in jeder dieser Zeilen. Die Zeilensummen sind Fälle je Themenfeld; Spaltensummen und Gesamtsumme zählen Nennungen, nicht Fälle. Die Zahl der Fälle nennt die Tabelle „{{caseFlow}}“.',
    customTopics: 'Selbst angelegte Themenfelder sind unter „Sonstiges“ gezählt.',
    notRecorded: '„nicht erfasst“: Für den Fall ist dazu nichts eingetragen.',
    followUpPopulation:
      'Gezählt sind Aufgaben, die am Ende des Zeitraums bestanden und nicht schon vor seinem Beginn erledigt waren. Ampel am letzten Tag des Zeitraums: rot überfällig oder blockiert, gelb Frist in höchstens {{yellowDays}} Tagen oder wartet auf Dritte, sonst grün; von Hand gesetzte Ampeln gelten.',
    followUpsScoped: 'Nur Aufgaben zu Fällen mit einem der gewählten Themenfelder.',
    blockedCategoryUnknown: 'Am Ende des Zeitraums blockierte Aufgaben. „nicht erfasst“: Die Aufgabe ist inzwischen nicht mehr blockiert, die Art der Blockade ist nicht mehr bekannt.',
    concernsApproved: 'Aufgeführt sind nur Anliegen, deren Aussage für die Öffentlichkeit nach einer Prüfung auf personenbezogene Angaben freigegeben wurde; der Text ist diese Aussage.',
    concernLinks: 'Verknüpfte Fälle: Fälle des Zeitraums, die mit dem Anliegen verknüpft sind. Ein Fall kann mit mehreren Anliegen verknüpft sein, die Zahlen ergeben daher keine Summe.',
    meetingsUnscoped: 'Sitzungen und Gäste gelten für alle Themenfelder, besprochene Fälle nur für die gewählten.',
    meetings: 'Durchgeführte Sitzungen mit Datum im Zeitraum; besprochene Fälle: verschiedene Fälle auf ihrer Tagesordnung; Gäste: als anwesend eingetragene Gäste. Die Angaben ergeben keine Summe.',
  },
  ageBandOmitted: 'Die Altersgruppen werden nicht gezeigt: Je Gruppe gibt es zu wenige Fälle, um sie ohne Rückschluss auf einzelne Personen zu veröffentlichen.',
  noConcerns: 'Kein Anliegen hat eine freigegebene Aussage für die Öffentlichkeit.',
  notesTitle: 'Anmerkungen',
};

/** The report's words in each language. */
export const REPORT_LABELS: Readonly<Record<ReportLanguage, ReportLabels>> = { de: labelsDe, en: labelsEn };

/** Puts values into a template's {{name}} placeholders; unknown names stay as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

import { backupDe } from './backup';
import { casesDe } from './cases';
import { exchangeDe } from './exchange';
import { firstStartDe } from './firstStart';
import { lockDe } from './lock';
import { followUpsDe } from './followUps';
import { meetingsDe } from './meetings';
import { membersDe } from './members';
import { overviewDe } from './overview';
import { concernsDe } from './concerns';
import { piiDe } from './pii';
import { reliabilityDe } from './reliability';
import { reportsDe } from './reports';

/**
 * German texts: the app's first language and the shape every other language must
 * match (see Messages). Error-code messages live in ./errors.ts.
 */
export const de = {
  app: {
    name: 'Runder Tisch',
    tagline: 'Begleitung von Geflüchteten in Konstanz',
    language: 'Sprache',
    starting: 'Runder Tisch wird gestartet …',
    skipToContent: 'Zum Inhalt springen',
  },
  startup: {
    dbFailedTitle: 'Die Datenbank lässt sich nicht öffnen',
    dbFailedBody:
      'Runder Tisch speichert alle Daten in der Datenbank dieses Browsers (IndexedDB). Sie ist gerade nicht verfügbar – zum Beispiel in einem privaten Fenster, wenn der Speicher voll ist oder wenn die Website keine Daten speichern darf.',
    dbFailedHint: 'Bitte prüfen Sie die Einstellungen des Browsers und versuchen Sie es dann erneut.',
    details: 'Technische Angaben',
    retry: 'Erneut versuchen',
  },
  screenFailed: {
    title: 'Diese Ansicht konnte nicht geladen werden',
    body: 'Die Daten dieser Ansicht ließen sich gerade nicht aus der Datenbank lesen. Gespeichertes ist dabei nicht verändert worden.',
    hint: 'Versuchen Sie es erneut. Hilft das nicht, schließen Sie die App und öffnen Sie sie wieder.',
  },
  nav: {
    label: 'Hauptnavigation',
    overview: 'Übersicht',
    cases: 'Fälle',
    meetings: 'Sitzungen',
    followUps: 'Aufgaben',
    reports: 'Berichte',
    exchange: 'Austausch',
    settings: 'Einstellungen',
  },
  comingSoon: {
    overview: 'Hier sehen Sie bald auf einen Blick: Aufgaben nach Ampelfarbe, fällige Wiedervorlagen und die nächste Sitzung.',
    meetings: 'Hier planen Sie bald Sitzungen, stellen die Tagesordnung zusammen und führen das Protokoll.',
    followUps: 'Hier verfolgen Sie bald Aufgaben und Maßnahmen mit ihrer Ampel.',
    reports: 'Hier entstehen bald anonymisierte Berichte für Politik und Verwaltung.',
    exchange: 'Hier tauschen Sie bald verschlüsselte Dateien mit den anderen Mitgliedern aus.',
  },
  common: {
    loading: 'Wird geladen …',
    cancel: 'Abbrechen',
    close: 'Schließen',
    save: 'Speichern',
    required: 'Pflichtfeld',
    dismiss: 'Hinweis schließen',
  },
  language: {
    de: 'Deutsch',
    en: 'English',
  },
  settings: {
    languageTitle: 'Sprache der Oberfläche',
    languageHint: 'Die Wahl gilt für dieses Gerät und bleibt nach einem Neustart erhalten.',
    aboutTitle: 'Über diese App',
    version: 'Version',
    runsAs: 'Läuft als',
    runsAsElectron: 'Desktop-App',
    runsAsWeb: 'Web-Version im Browser',
  },
  ...casesDe,
  ...exchangeDe,
  ...meetingsDe,
  followUps: followUpsDe,
  overview: overviewDe,
  backup: backupDe,
  members: membersDe,
  firstStart: firstStartDe,
  lock: lockDe,
  concerns: concernsDe,
  pii: piiDe,
  reliability: reliabilityDe,
  reports: reportsDe,
  validation: {
    required: 'Bitte füllen Sie dieses Feld aus.',
    tooLong: 'Dieser Text ist zu lang.',
    date: 'Bitte geben Sie ein gültiges Datum ein.',
    time: 'Bitte geben Sie eine gültige Uhrzeit ein (SS:MM).',
    caseCode: 'Das Kürzel darf nur Großbuchstaben, Ziffern und Bindestriche enthalten, zum Beispiel RT-2026-014.',
    topicRequired: 'Bitte wählen Sie mindestens ein Themenfeld.',
    codeTaken: 'Dieses Kürzel hat bereits ein anderer Fall.',
    invalid: 'Dieser Wert ist nicht gültig.',
  },
};

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The shape of every language's texts: the German keys, each with some string. */
export type Messages = Shape<typeof de>;

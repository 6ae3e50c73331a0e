import type { Language, Screen } from '../../shared/ipc/contract';

/** Every word of the application menu and main's dialogs, in both languages. */
export interface MenuLabels {
  readonly file: string;
  readonly newCase: string;
  readonly print: string;
  /** Locks the app (drops the key) when an app passphrase is set. */
  readonly lock: string;
  readonly quit: string;
  readonly edit: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly view: string;
  readonly screens: Readonly<Record<Screen, string>>;
  readonly reload: string;
  readonly devTools: string;
  readonly help: string;
  readonly about: string;
  readonly saveTitle: string;
  readonly openTitle: string;
}

export const MENU_LABELS: Readonly<Record<Language, MenuLabels>> = {
  de: {
    file: 'Datei',
    newCase: 'Neuer Fall',
    print: 'Drucken/PDF …',
    lock: 'Sperren',
    quit: 'Beenden',
    edit: 'Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    view: 'Ansicht',
    screens: {
      overview: 'Übersicht',
      cases: 'Fälle',
      meetings: 'Sitzungen',
      followUps: 'Aufgaben',
      reports: 'Berichte',
      exchange: 'Austausch',
      settings: 'Einstellungen',
    },
    reload: 'Neu laden',
    devTools: 'Entwicklerwerkzeuge',
    help: 'Hilfe',
    about: 'Über Runder Tisch',
    saveTitle: 'Speichern unter',
    openTitle: 'Datei öffnen',
  },
  en: {
    file: 'File',
    newCase: 'New case',
    print: 'Print/PDF …',
    lock: 'Lock',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    screens: {
      overview: 'Overview',
      cases: 'Cases',
      meetings: 'Meetings',
      followUps: 'Tasks',
      reports: 'Reports',
      exchange: 'Exchange',
      settings: 'Settings',
    },
    reload: 'Reload',
    devTools: 'Developer tools',
    help: 'Help',
    about: 'About Runder Tisch',
    saveTitle: 'Save as',
    openTitle: 'Open file',
  },
};

/** Texts of the first start on a device. Included by de.ts and en.ts. */
export const firstStartDe = {
  title: 'Willkommen beim Runden Tisch',
  intro: 'Bevor es losgeht, drei kurze Fragen. Alles lässt sich später unter Einstellungen ändern.',
  language: 'Sprache',
  whoAmI: 'Wer bin ich?',
  whoAmIHint: 'Dieses Gerät spricht für ein Mitglied des Runden Tisches: Ihr Name steht bei Ihren Notizen und Aufgaben.',
  newMember: 'Ich bin neu hier',
  existingMember: 'Ich stehe schon in der Liste',
  pickMember: 'Ich bin …',
  dataTitle: 'Womit beginnen?',
  demoHint:
    'Demodaten sind erfundene Übungsdaten zum Ausprobieren: 60 Fälle mit Verlauf und Aufgaben, monatliche Sitzungen mit Tagesordnung und Protokoll und Anliegen aus drei Jahren. Sie handeln von keinen echten Menschen. Sie werden wie eine Austauschdatei eingelesen; unter „Austausch“ lässt sich dieser Import wieder rückgängig machen.',
  dataLater: 'Haben Sie eine verschlüsselte Datei vom Moderator bekommen? „Datei vom Moderator importieren“ speichert Ihre Angaben und öffnet „Austausch → Einlesen“.',
  loadDemo: 'Demodaten laden',
  loadingDemo: 'Die Demodaten werden erzeugt und eingelesen …',
  importFile: 'Datei vom Moderator importieren',
  start: 'Los geht’s',
};

export const firstStartEn = {
  title: 'Welcome to Runder Tisch',
  intro: 'Three short questions before you start. You can change everything later under Settings.',
  language: 'Language',
  whoAmI: 'Who am I?',
  whoAmIHint: 'This device speaks for one member of the round table: your name appears on your notes and follow-ups.',
  newMember: 'I am new here',
  existingMember: 'I am already on the list',
  pickMember: 'I am …',
  dataTitle: 'What to start with?',
  demoHint:
    'Demo data is invented training data to try the app out: 60 cases with notes and follow-ups, monthly meetings with agendas and minutes, and concerns from three years. None of it is about real people. It is read in like an exchange file; under “Exchange” this import can be undone.',
  dataLater: 'Did you get an encrypted file from the moderator? “Import file from the moderator” saves your answers and opens “Exchange → Import”.',
  loadDemo: 'Load demo data',
  loadingDemo: 'Creating and reading in the demo data …',
  importFile: 'Import file from the moderator',
  start: 'Let’s go',
} satisfies typeof firstStartDe;

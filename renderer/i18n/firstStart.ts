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
  dataLater: 'Demodaten und der Import einer Datei vom Moderator kommen mit einer späteren Version. Bis dahin starten Sie mit einem leeren Runden Tisch.',
  loadDemo: 'Demodaten laden',
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
  dataLater: 'Demo data and importing a file from the moderator arrive with a later version. Until then you start with an empty round table.',
  loadDemo: 'Load demo data',
  importFile: 'Import file from the moderator',
  start: 'Let’s go',
} satisfies typeof firstStartDe;

import type { Messages } from './de';
import { backupEn } from './backup';
import { casesEn } from './cases';
import { exchangeEn } from './exchange';
import { firstStartEn } from './firstStart';
import { lockEn } from './lock';
import { followUpsEn } from './followUps';
import { meetingsEn } from './meetings';
import { membersEn } from './members';
import { overviewEn } from './overview';
import { concernsEn } from './concerns';
import { piiEn } from './pii';
import { reliabilityEn } from './reliability';
import { reportsEn } from './reports';

/** English texts. `satisfies Messages` makes a missing or extra key a type error. */
export const en = {
  app: {
    name: 'Runder Tisch',
    tagline: 'Supporting refugees in Konstanz',
    language: 'Language',
    starting: 'Starting Runder Tisch …',
    skipToContent: 'Skip to content',
  },
  startup: {
    dbFailedTitle: 'The database cannot be opened',
    dbFailedBody:
      "Runder Tisch keeps all data in this browser's database (IndexedDB). It is not available right now – for example in a private window, when storage is full, or when the site may not store data.",
    dbFailedHint: "Please check the browser's settings and then try again.",
    details: 'Technical details',
    retry: 'Try again',
  },
  screenFailed: {
    title: 'This view could not be loaded',
    body: 'The data of this view could not be read from the database just now. Nothing stored has been changed.',
    hint: 'Try again. If that does not help, close the app and open it again.',
  },
  nav: {
    label: 'Main navigation',
    overview: 'Overview',
    cases: 'Cases',
    meetings: 'Meetings',
    followUps: 'Follow-ups',
    reports: 'Reports',
    exchange: 'Exchange',
    settings: 'Settings',
  },
  comingSoon: {
    overview: 'Soon you will see here at a glance: follow-ups by traffic light, resubmissions due and the next meeting.',
    meetings: 'Soon you will plan meetings here, put together the agenda and keep the minutes.',
    followUps: 'Soon you will track follow-ups and measures with their traffic light here.',
    reports: 'Soon anonymised reports for policymakers and administrations will be made here.',
    exchange: 'Soon you will exchange encrypted files with the other members here.',
  },
  common: {
    loading: 'Loading …',
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    required: 'Required',
    dismiss: 'Dismiss message',
  },
  language: {
    de: 'Deutsch',
    en: 'English',
  },
  settings: {
    languageTitle: 'Interface language',
    languageHint: 'The choice applies to this device and is kept after a restart.',
    aboutTitle: 'About this app',
    version: 'Version',
    runsAs: 'Runs as',
    runsAsElectron: 'Desktop app',
    runsAsWeb: 'Web version in the browser',
  },
  ...casesEn,
  ...exchangeEn,
  ...meetingsEn,
  followUps: followUpsEn,
  overview: overviewEn,
  backup: backupEn,
  members: membersEn,
  firstStart: firstStartEn,
  lock: lockEn,
  concerns: concernsEn,
  pii: piiEn,
  reliability: reliabilityEn,
  reports: reportsEn,
  validation: {
    required: 'Please fill in this field.',
    tooLong: 'This text is too long.',
    date: 'Please enter a valid date.',
    time: 'Please enter a valid time (HH:MM).',
    caseCode: 'The code may contain only capital letters, digits and hyphens, for example RT-2026-014.',
    topicRequired: 'Please choose at least one topic area.',
    codeTaken: 'Another case already has this code.',
    invalid: 'This value is not valid.',
  },
} satisfies Messages;

import type { Page } from 'playwright-core';

/** The first start's words in each language, as a user reads them. */
const TEXTS = {
  de: { heading: 'Willkommen beim Runden Tisch', name: 'Name oder Initialen', organisation: 'Organisation', start: /^Los geht/, nav: 'Hauptnavigation' },
  en: { heading: 'Welcome to Runder Tisch', name: 'Name or initials', organisation: 'Organisation', start: /^Let’s go/, nav: 'Main navigation' },
} as const;

export interface FirstStartAnswers {
  /** Name or initials of the new member this device speaks for. */
  name: string;
  organisation?: string;
  /** The language to choose; German (the default) when not given. */
  language?: 'de' | 'en';
  /** An app passphrase to set on the first start; without one the step stays at its default "Später". */
  passphrase?: string;
}

/**
 * Answers the first-start screen through its real UI, by role and label, as a new
 * volunteer would: language, "Wer bin ich?" as a new member, then "Los geht's".
 * Returns once the app's navigation is shown.
 */
export async function completeFirstStart(page: Page, answers: FirstStartAnswers): Promise<void> {
  const language = answers.language ?? 'de';
  await page.getByRole('heading', { level: 1, name: TEXTS.de.heading }).or(page.getByRole('heading', { level: 1, name: TEXTS.en.heading })).waitFor();
  const english = page.getByRole('radio', { name: 'English' });
  if ((language === 'en') !== (await english.isChecked())) {
    const choice = page.getByRole('radio', { name: language === 'en' ? 'English' : 'Deutsch' });
    await choice.focus();
    await choice.press('Space');
  }
  const texts = TEXTS[language];
  await page.getByRole('heading', { level: 1, name: texts.heading }).waitFor();
  await page.getByLabel(texts.name).fill(answers.name);
  if (answers.organisation !== undefined) await page.getByLabel(texts.organisation).fill(answers.organisation);
  if (answers.passphrase !== undefined) {
    const now = page.getByRole('radio', { name: language === 'en' ? 'Set an app passphrase now' : 'Jetzt eine App-Passphrase festlegen' });
    await now.focus();
    await now.press('Space');
    await page.getByLabel(language === 'en' ? 'New app passphrase' : 'Neue App-Passphrase').fill(answers.passphrase);
    await page.getByLabel(language === 'en' ? 'Repeat the app passphrase' : 'App-Passphrase wiederholen').fill(answers.passphrase);
  }
  const start = page.getByRole('button', { name: texts.start });
  await start.focus();
  await start.press('Enter');
  await page.getByRole('navigation', { name: texts.nav }).waitFor();
}

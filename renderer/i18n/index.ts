import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/ipc/contract';
import { de } from './de';
import { en } from './en';

/** The language the app starts in until the user's choice is read from the settings. */
export const DEFAULT_LANGUAGE: Language = 'de';

/** The Intl locale used for each UI language (dates, numbers, react-aria's own texts). */
export const LOCALES: Readonly<Record<Language, string>> = { de: 'de-DE', en: 'en-GB' };

/** The app's one i18next instance, ready at import: the texts are bundled, nothing loads later. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  resources: { de: { translation: de }, en: { translation: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** True when the value is one of the app's languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the UI shows now. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** The Intl locale of the language the UI shows now. */
export function currentLocale(): string {
  return LOCALES[currentLanguage()];
}

/** Switches the texts and `<html lang>`; persisting the choice is the caller's job. */
export async function applyLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

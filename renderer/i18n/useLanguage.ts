import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/ipc/contract';
import { DEFAULT_LANGUAGE, isLanguage } from './index';

/** The UI language, re-rendering the caller when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

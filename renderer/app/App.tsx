import './print.css';
import { useEffect, useRef } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { warmDateFields } from '../components/DayField';
import { ErrorAlert } from '../components/ErrorAlert';
import { LockButton } from '../features/lock/LockButton';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { LOCALES } from '../i18n';
import { useLanguage } from '../i18n/useLanguage';
import { selectNotice, selectScreen, selectShowNotice } from '../state/selectors';
import { useAppStore } from '../state/store';
import { Navigation } from './Navigation';
import { ScreenContent } from './ScreenContent';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { useMenuCommands } from './useMenuCommands';

/** The app shell: header with the language switch, navigation, and the current screen. */
export function App({ focusHeadingOnMount = false }: { focusHeadingOnMount?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const screen = useAppStore(selectScreen);
  const notice = useAppStore(selectNotice);
  const showNotice = useAppStore(selectShowNotice);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownScreen = useRef(screen);
  useMenuCommands();

  // Right after the first start, its form is gone: the focus goes to the first screen's heading.
  useEffect(() => {
    if (focusHeadingOnMount) headingRef.current?.focus();
  }, [focusHeadingOnMount]);

  // Once the app is idle, the date fields' locale data is loaded, so the first form with a date opens without that wait.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const handle = requestIdleCallback(() => warmDateFields(LOCALES[language]));
    return () => cancelIdleCallback(handle);
  }, [language]);

  // After a screen change, move focus to its heading so keyboard and screen-reader users land there.
  useEffect(() => {
    if (shownScreen.current === screen) return;
    shownScreen.current = screen;
    headingRef.current?.focus();
  }, [screen]);

  return (
    <I18nProvider locale={LOCALES[language]}>
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <div className="shell">
        <header className="app-header">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </div>
          <LanguageSwitch />
          <LockButton />
        </header>
        <Navigation />
        <main id="main-content" className="app-main" tabIndex={-1}>
          <h1 ref={headingRef} className="screen-title" tabIndex={-1}>
            {t(`nav.${screen}`)}
          </h1>
          {notice && <ErrorAlert error={notice} onDismiss={() => showNotice(null)} />}
          <ScreenErrorBoundary screen={screen}>
            <ScreenContent screen={screen} />
          </ScreenErrorBoundary>
        </main>
      </div>
    </I18nProvider>
  );
}

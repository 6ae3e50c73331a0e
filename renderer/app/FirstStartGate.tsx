import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { readSetting } from '../db/repositories/settings';
import { FirstStartScreen } from '../features/firstStart/FirstStartScreen';
import { LOCALES } from '../i18n';
import { useLanguage } from '../i18n/useLanguage';
import { App } from './App';

/**
 * Shows the first-start questions on a device that has not answered them yet, and
 * the app once it has. It watches the setting live, so answering switches at once.
 */
export function FirstStartGate() {
  const { t } = useTranslation();
  const language = useLanguage();
  const completedAt = useLiveQuery(() => readSetting('firstStartCompletedAt'));
  // Set when the first start was answered on this page, so the app takes the focus over from its form.
  const [justCompleted, setJustCompleted] = useState(false);
  if (completedAt === undefined)
    return (
      <p className="starting" role="status">
        {t('app.starting')}
      </p>
    );
  if (completedAt === null)
    return (
      <I18nProvider locale={LOCALES[language]}>
        <FirstStartScreen onCompleted={() => setJustCompleted(true)} />
      </I18nProvider>
    );
  return <App focusHeadingOnMount={justCompleted} />;
}

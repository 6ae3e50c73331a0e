import { useEffect, useState } from 'react';
import { Label, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/errors/result';
import { LANGUAGES, type AppInfo } from '../../../shared/ipc/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useLanguage } from '../../i18n/useLanguage';
import { getPlatform } from '../../platform';
import { selectShowNotice } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { MembersPanel } from '../members/MembersPanel';
import { AmpelSettingsPanel } from './AmpelSettingsPanel';
import { AppLockSettingsPanel } from './AppLockSettingsPanel';
import { BackupSettingsPanel } from './BackupSettingsPanel';
import { CurrentMemberPanel } from './CurrentMemberPanel';
import { StorageSettingsPanel } from './StorageSettingsPanel';
import { switchLanguage } from './language';
import { ChoiceRadio } from '../../components/ChoiceRadio';

function AboutApp() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<Result<AppInfo> | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void getPlatform()
      .appInfo()
      .then((result) => {
        if (live) setInfo(result);
      });
    return () => {
      live = false;
    };
  }, []);
  if (info === undefined) return <LoadingState />;
  if (!info.ok) return <ErrorAlert error={info.error} />;
  return (
    <dl className="facts">
      <dt>{t('settings.version')}</dt>
      <dd>{info.data.version}</dd>
      <dt>{t('settings.runsAs')}</dt>
      <dd>{getPlatform().kind === 'electron' ? t('settings.runsAsElectron') : t('settings.runsAsWeb')}</dd>
    </dl>
  );
}

/** Einstellungen: who I am, the members, the Ampel's yellow window, the language, and what version runs. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const showNotice = useAppStore(selectShowNotice);
  return (
    <div className="settings">
      <CurrentMemberPanel />
      <MembersPanel />
      <AmpelSettingsPanel />
      <BackupSettingsPanel />
      <AppLockSettingsPanel />
      <StorageSettingsPanel />
      <section className="panel">
        <RadioGroup
          className="field"
          value={language}
          onChange={(value) => {
            const chosen = LANGUAGES.find((candidate) => candidate === value);
            if (chosen) void switchLanguage(chosen).then((saved) => showNotice(saved.ok ? null : saved.error));
          }}
        >
          <Label className="panel-title">{t('settings.languageTitle')}</Label>
          <Text slot="description" className="field-hint">
            {t('settings.languageHint')}
          </Text>
          <div className="radio-list">
            {LANGUAGES.map((id) => (
              <ChoiceRadio key={id} value={id} lang={id}>
                {t(`language.${id}`)}
              </ChoiceRadio>
            ))}
          </div>
        </RadioGroup>
      </section>
      <section className="panel" aria-labelledby="settings-about">
        <h2 id="settings-about" className="panel-title">
          {t('settings.aboutTitle')}
        </h2>
        <AboutApp />
      </section>
    </div>
  );
}

import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/ipc/contract';
import { useLanguage } from '../../i18n/useLanguage';
import { selectShowNotice } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { switchLanguage } from './language';

/** The header's language switch: each language named in itself, one always chosen. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  const showNotice = useAppStore(selectShowNotice);
  return (
    <ToggleButtonGroup
      className="language-switch"
      aria-label={t('app.language')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[language]}
      onSelectionChange={(keys) => {
        const [next] = [...keys];
        const chosen = LANGUAGES.find((candidate) => candidate === next);
        if (!chosen || chosen === language) return;
        void switchLanguage(chosen).then((saved) => showNotice(saved.ok ? null : saved.error));
      }}
    >
      {LANGUAGES.map((id) => (
        <ToggleButton key={id} id={id} className="toggle-button" lang={id}>
          {t(`language.${id}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}

import { RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { NewPassphraseFields, type PassphraseForm } from '../lock/NewPassphraseFields';
import { ChoiceRadio } from '../../components/ChoiceRadio';

export type PassphraseChoice = 'now' | 'later';

/** The first start's passphrase step: recommended, but "Später" is the default and can be changed under Einstellungen. */
export function FirstStartPassphrase({ choice, onChoice, form }: { choice: PassphraseChoice; onChoice(choice: PassphraseChoice): void; form: PassphraseForm }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="first-start-lock">
      <h2 id="first-start-lock" className="panel-title">
        {t('lock.firstStartTitle')}
      </h2>
      <Text id="first-start-lock-hint" className="field-hint">
        {t('lock.firstStartHint')}
      </Text>
      <RadioGroup
        className="field"
        value={choice}
        onChange={(value) => onChoice(value === 'now' ? 'now' : 'later')}
        aria-labelledby="first-start-lock"
        aria-describedby="first-start-lock-hint"
      >
        <div className="radio-list">
          <ChoiceRadio value="now">
            {t('lock.firstStartNow')}
          </ChoiceRadio>
          <ChoiceRadio value="later">
            {t('lock.firstStartLater')}
          </ChoiceRadio>
        </div>
      </RadioGroup>
      {choice === 'now' && (
        <div className="form-stack">
          <NewPassphraseFields form={form} />
        </div>
      )}
    </section>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { Button, Group, Input, Label, NumberField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { readYellowDays, writeSetting } from '../../db/repositories/settings';
import { selectShowNotice } from '../../state/selectors';
import { useAppStore } from '../../state/store';

const MIN_DAYS = 1;
const MAX_DAYS = 90;

/** The Ampel's yellow window: how many days before the due date a follow-up turns gelb. */
export function AmpelSettingsPanel() {
  const { t } = useTranslation();
  const showNotice = useAppStore(selectShowNotice);
  const days = useLiveQuery(readYellowDays);
  return (
    <section className="panel" aria-labelledby="settings-ampel">
      <h2 id="settings-ampel" className="panel-title">
        {t('followUps.settings.title')}
      </h2>
      {days === undefined ? (
        <LoadingState />
      ) : (
        <NumberField
          className="field number-field"
          value={days}
          minValue={MIN_DAYS}
          maxValue={MAX_DAYS}
          step={1}
          formatOptions={{ maximumFractionDigits: 0 }}
          onChange={(value) => {
            if (!Number.isInteger(value) || value === days) return;
            void writeSetting('yellowDays', value).then((saved) => showNotice(saved.ok ? null : saved.error));
          }}
        >
          <Label className="field-label">{t('followUps.settings.yellowDays')}</Label>
          <Group className="input number-group">
            <Button slot="decrement" className="icon-button">
              <span aria-hidden="true">−</span>
            </Button>
            <Input className="number-input" />
            <Button slot="increment" className="icon-button">
              <span aria-hidden="true">+</span>
            </Button>
          </Group>
          <Text slot="description" className="field-hint">
            {t('followUps.settings.yellowDaysHint')}
          </Text>
        </NumberField>
      )}
    </section>
  );
}

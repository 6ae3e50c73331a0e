import { useState, type FormEvent } from 'react';
import { Button, Form, Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { TRAFFIC_LIGHTS, type FollowUp, type TrafficLight } from '../../../shared/model/followUp';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextInputField } from '../../components/TextInputField';
import { overrideLight } from '../../db/repositories/followUps';
import { LightShape } from './TrafficLightBadge';
import { ChoiceRadio } from '../../components/ChoiceRadio';

export interface OverrideFormProps {
  followUp: FollowUp;
  current: TrafficLight;
  onDone(): void;
  onCancel(): void;
}

/** Sets the light by hand. The reason is required: the Ampeldokument must say why a colour was chosen. */
export function OverrideForm({ followUp, current, onDone, onCancel }: OverrideFormProps) {
  const { t } = useTranslation();
  const [light, setLight] = useState<TrafficLight>(followUp.lightOverride?.light ?? current);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (isSaving) return;
    if (reason.trim() === '') {
      setReasonError(t('followUps.overrideForm.reasonRequired'));
      return;
    }
    setSaving(true);
    const saved = await overrideLight(followUp.id, light, reason);
    setSaving(false);
    if (saved.ok) onDone();
    else setFailure(saved.error);
  }

  return (
    <Form className="form" validationBehavior="aria" onSubmit={(event) => void submit(event)} aria-label={t('followUps.overrideForm.title')}>
      <RadioGroup
        className="field"
        value={light}
        onChange={(value) => {
          const chosen = TRAFFIC_LIGHTS.find((id) => id === value);
          if (chosen) setLight(chosen);
        }}
      >
        <Label className="field-label">{t('followUps.overrideForm.light')}</Label>
        <div className="radio-list radio-row">
          {TRAFFIC_LIGHTS.map((id) => (
            <ChoiceRadio key={id} value={id}>
              <span className={`ampel ampel-${id}`}>
                <LightShape light={id} />
                <span className="ampel-label">{t(`followUps.light.${id}`)}</span>
              </span>
            </ChoiceRadio>
          ))}
        </div>
      </RadioGroup>
      <TextInputField
        label={t('followUps.overrideForm.reason')}
        description={t('followUps.overrideForm.reasonHint')}
        value={reason}
        onChange={(value) => {
          setReason(value);
          setReasonError(null);
        }}
        errorMessage={reasonError}
        isRequired
        maxLength={500}
        autoFocus
      />
      {failure && <ErrorAlert error={failure} />}
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button className="button button-primary" type="submit" isPending={isSaving}>
          {t('followUps.overrideForm.save')}
        </Button>
      </div>
    </Form>
  );
}

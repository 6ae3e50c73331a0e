import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { formatMeetingRule, nextMeetingDate, parseMeetingRule, type MeetingRule, type StandingItem } from '../../../shared/meetings/rule';
import { ModalDialog } from '../../components/ModalDialog';
import { TextInputField } from '../../components/TextInputField';
import { saveMeetingRule } from '../../db/repositories/meetings';
import { useLanguage } from '../../i18n/useLanguage';
import { formatLongDay } from './documents';
import { MeetingCheckbox } from './MeetingCheckbox';
import { MeetingError } from './MeetingError';
import { today } from './meetingRule';

function minutesOf(text: string): number | null {
  return /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** Edits the rule for the next meeting, the usual length and place, and the standing items. */
export function RuleDialog({ rule, onClose }: { rule: MeetingRule; onClose(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [ruleText, setRuleText] = useState(formatMeetingRule(rule, language));
  const [length, setLength] = useState(String(rule.plannedMinutes));
  const [place, setPlace] = useState(rule.place);
  const [standing, setStanding] = useState<StandingItem[]>(rule.standingItems);
  const [error, setError] = useState<AppError | null>(null);
  const parsed = parseMeetingRule(ruleText);
  const minutes = minutesOf(length);
  const update = (index: number, patch: Partial<StandingItem>) => setStanding((all) => all.map((s, i) => (i === index ? { ...s, ...patch } : s)));

  return (
    <ModalDialog title={t('meetingRule.dialogTitle')} onClose={onClose}>
      <Form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!parsed || minutes === null || minutes < 15) return;
          const next: MeetingRule = { ...parsed, plannedMinutes: minutes, place: place.trim(), standingItems: standing.filter((s) => s.title.trim() !== '') };
          void saveMeetingRule(next).then((saved) => (saved.ok ? onClose() : setError(saved.error)));
        }}
      >
        <TextInputField
          label={t('meetingRule.rule')}
          value={ruleText}
          onChange={setRuleText}
          isRequired
          description={parsed ? t('meetingRule.nextBy', { date: formatLongDay(nextMeetingDate(parsed.recurrence, today())), time: parsed.startTime }) : t('meetingRule.ruleHint')}
          errorMessage={ruleText.trim() !== '' && !parsed ? t('meetingRule.ruleInvalid') : null}
        />
        <div className="form-row">
          <TextInputField
            label={t('meetingRule.lengthLabel')}
            value={length}
            onChange={setLength}
            isRequired
            errorMessage={minutes === null || minutes < 15 ? t('meetingRule.lengthInvalid') : null}
          />
          <TextInputField label={t('meetingRule.place')} value={place} onChange={setPlace} maxLength={200} />
        </div>
        <fieldset className="mt-fieldset">
          <legend>{t('meetingRule.standingItems')}</legend>
          <p className="field-hint">{t('meetingRule.standingHint')}</p>
          {standing.map((item, index) => (
            <div className="mt-standing-row" key={index}>
              <TextInputField label={t('meetingRule.standingTitle', { n: index + 1 })} value={item.title} onChange={(title) => update(index, { title })} maxLength={300} />
              <TextInputField
                label={t('meetingRule.standingMinutesLabel')}
                value={String(item.plannedMinutes)}
                onChange={(value) => update(index, { plannedMinutes: minutesOf(value) ?? 0 })}
              />
              <MeetingCheckbox label={t('agendaItem.public')} value={item.isPublic} onChange={(isPublic) => update(index, { isPublic })} />
              <Button
                className="button button-small button-quiet-danger"
                aria-label={t('meetingRule.removeStanding', { n: index + 1 })}
                onPress={() => setStanding((all) => all.filter((_, i) => i !== index))}
              >
                {t('agenda.remove')}
              </Button>
            </div>
          ))}
          <Button
            className="button"
            onPress={() => setStanding((all) => [...all, { title: '', kind: 'organisational', plannedMinutes: 5, isPublic: true }])}
            isDisabled={standing.length >= 20}
          >
            {t('meetingRule.addStanding')}
          </Button>
        </fieldset>
        {error && <MeetingError error={error} />}
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {t('common.cancel')}
          </Button>
          <Button className="button button-primary" type="submit">
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}

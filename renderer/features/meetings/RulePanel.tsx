import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatMeetingRule } from '../../../shared/meetings/rule';
import { LoadingState } from '../../components/LoadingState';
import { useLanguage } from '../../i18n/useLanguage';
import { formatLongDay } from './documents';
import { useMeetingRule } from './meetingRule';
import { RuleDialog } from './RuleDialog';

/** The rule for the next meeting (kept in Einstellungen), its proposal, and the standing items; editable here. */
export function RulePanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const current = useMeetingRule();
  const [editing, setEditing] = useState(false);
  return (
    <section className="panel mt-rule" aria-labelledby="meeting-rule-title">
      <h2 id="meeting-rule-title" className="panel-title">
        {t('meetingRule.title')}
      </h2>
      {current === undefined ? (
        <LoadingState />
      ) : (
        <>
          <dl className="facts">
            <dt>{t('meetingRule.rule')}</dt>
            <dd>{formatMeetingRule(current.rule, language)}</dd>
            <dt>{t('meetingRule.length')}</dt>
            <dd>{t('meetingRule.minutes', { count: current.rule.plannedMinutes })}</dd>
            {current.rule.place && (
              <>
                <dt>{t('meetingRule.place')}</dt>
                <dd>{current.rule.place}</dd>
              </>
            )}
            <dt>{t('meetingRule.standingItems')}</dt>
            <dd>{current.rule.standingItems.map((s) => s.title).join(' · ') || t('meetingRule.none')}</dd>
            <dt>{t('meetingRule.proposal')}</dt>
            <dd>
              {formatLongDay(current.proposedDate)}, {current.rule.startTime}
            </dd>
          </dl>
          <Button className="button" onPress={() => setEditing(true)}>
            {t('meetingRule.edit')}
          </Button>
          {editing && <RuleDialog rule={current.rule} onClose={() => setEditing(false)} />}
        </>
      )}
    </section>
  );
}

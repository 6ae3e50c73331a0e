import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { proposeNextMeetingDate, type MeetingRule } from '../../../shared/meetings/rule';
import { localDay } from '../../../shared/model/dates';
import { latestMeetingDate } from '../../db/queries/meetings';
import { readMeetingRule } from '../../db/repositories/meetings';
import { now } from '../../platform/clock';

/** The rule until someone sets one: 2nd Tuesday of the month at 18:00, two hours, the two standing items. */
export function defaultMeetingRule(t: TFunction): MeetingRule {
  return {
    recurrence: { kind: 'weekday', ordinal: 2, weekday: 2 },
    startTime: '18:00',
    plannedMinutes: 120,
    place: '',
    standingItems: [
      { title: t('meetingRule.standingWelcome'), kind: 'organisational', plannedMinutes: 5, isPublic: true },
      { title: t('meetingRule.standingMinutes'), kind: 'organisational', plannedMinutes: 5, isPublic: true },
    ],
  };
}

/** Today's calendar day from the app's clock. */
export function today(): string {
  return localDay(now());
}

/** The rule in force (stored, else the default) and the next meeting date it proposes; undefined while loading. */
export function useMeetingRule(): { rule: MeetingRule; stored: boolean; proposedDate: string } | undefined {
  const { t } = useTranslation();
  const loaded = useLiveQuery(async () => ({ stored: await readMeetingRule(), latest: await latestMeetingDate() }));
  if (loaded === undefined) return undefined;
  const rule = loaded.stored ?? defaultMeetingRule(t);
  return { rule, stored: loaded.stored !== null, proposedDate: proposeNextMeetingDate(rule.recurrence, today(), loaded.latest) };
}

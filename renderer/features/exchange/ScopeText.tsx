import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ExchangeScope } from '../../../shared/exchange';
import { db } from '../../db/database';
import { formatDay } from '../../i18n/format';

/** A file's scope in words: all data, n chosen cases, or the packet of the meeting of a day. */
export function ScopeText({ scope }: { scope: ExchangeScope }) {
  const { t } = useTranslation();
  const meetingId = scope.kind === 'meeting' ? scope.meetingId : null;
  const meeting = useLiveQuery(async () => (meetingId ? ((await db.meetings.get(meetingId)) ?? null) : null), [meetingId]);
  if (scope.kind === 'all') return <>{t('exchange.scope.all')}</>;
  if (scope.kind === 'cases') return <>{t('exchange.scope.cases', { count: scope.caseIds.length })}</>;
  return <>{meeting && meeting.deleted === null ? t('exchange.scope.meeting', { date: formatDay(meeting.date) }) : t('exchange.scope.meetingUnknown')}</>;
}

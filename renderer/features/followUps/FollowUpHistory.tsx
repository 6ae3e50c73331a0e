import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_STATUSES, TRAFFIC_LIGHTS, type FollowUp, type FollowUpStatus, type TrafficLight } from '../../../shared/model/followUp';
import type { HistoryEntry } from '../../../shared/model/historyEntry';
import { currentLocale } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { automaticChanges } from './automaticChanges';
import { TrafficLightBadge } from './TrafficLightBadge';

const moments = new Map<string, Intl.DateTimeFormat>();

/** A moment (ISO timestamp) in local time for the current locale: 21.03.2026, 14:05. */
export function formatMoment(iso: string, locale: string = currentLocale()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = moments.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    moments.set(locale, format);
  }
  return format.format(date);
}

function isStatus(value: string | null): value is FollowUpStatus {
  return value !== null && (FOLLOW_UP_STATUSES as readonly string[]).includes(value);
}

function isLight(value: string | null): value is TrafficLight {
  return value !== null && (TRAFFIC_LIGHTS as readonly string[]).includes(value);
}

function statusWord(t: TFunction, value: string | null): string {
  return isStatus(value) ? t(`followUps.status.${value}`) : (value ?? '–');
}

function lightWord(t: TFunction, value: string | null): string {
  return isLight(value) ? t(`followUps.light.${value}`) : (value ?? '–');
}

/** What happened, in words: "Status: offen → erledigt", "Ampel von Hand auf rot gesetzt". */
export function describeEntry(t: TFunction, entry: HistoryEntry): string {
  switch (entry.kind) {
    case 'follow_up_created':
      return t('followUps.history.created', { status: statusWord(t, entry.to) });
    case 'follow_up_status':
      return t('followUps.history.status', { from: statusWord(t, entry.from), to: statusWord(t, entry.to) });
    case 'follow_up_light':
      return entry.to === null
        ? t('followUps.history.overrideCleared', { light: lightWord(t, entry.from) })
        : t('followUps.history.overrideSet', { light: lightWord(t, entry.to), from: lightWord(t, entry.from) });
    case 'follow_up_due':
      return t('followUps.history.due', {
        from: entry.from ? formatDay(entry.from) : t('followUps.noDueDate'),
        to: entry.to ? formatDay(entry.to) : t('followUps.noDueDate'),
      });
    case 'follow_up_waiting':
      return entry.to === 'true' ? t('followUps.history.waitingOn') : t('followUps.history.waitingOff');
    default:
      return entry.kind;
  }
}

export interface FollowUpHistoryProps {
  followUp: FollowUp;
  entries: readonly HistoryEntry[];
  names: ReadonlyMap<string, string>;
  today: string;
  yellowDays: number;
  headingLevel?: 3 | 4;
}

/** The Ampeldokument history of one follow-up: every recorded change with who, when and why, and the automatic turns. */
export function FollowUpHistory({ followUp, entries, names, today, yellowDays, headingLevel = 3 }: FollowUpHistoryProps) {
  const { t } = useTranslation();
  const automatic = automaticChanges(followUp, entries, today, yellowDays);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section className="history" aria-label={t('followUps.history.title')}>
      <Heading className="history-title">{t('followUps.history.title')}</Heading>
      {entries.length === 0 && <p className="muted">{t('followUps.history.empty')}</p>}
      <ol className="history-list">
        {entries.map((entry) => (
          <li key={entry.id} className="history-entry">
            <p className="history-meta">
              <time dateTime={entry.at}>{formatMoment(entry.at)}</time>
              {' · '}
              {entry.memberId ? (names.get(entry.memberId) ?? t('followUps.unknownMember')) : t('followUps.unknownMember')}
            </p>
            <p className="history-what">
              {describeEntry(t, entry)}
              {entry.light && (
                <>
                  {' '}
                  <TrafficLightBadge light={entry.light} />
                </>
              )}
            </p>
            {entry.reason && <p className="history-why">{t('followUps.history.reason', { reason: entry.reason })}</p>}
          </li>
        ))}
        {automatic.map((change) => (
          <li key={`auto-${change.day}`} className="history-entry history-automatic">
            <p className="history-meta">
              <time dateTime={change.day}>{formatDay(change.day)}</time>
              {' · '}
              {t('followUps.history.automatic')}
            </p>
            <p className="history-what">
              {t(`followUps.history.turned`)} <TrafficLightBadge light={change.light} reason={change.reason} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

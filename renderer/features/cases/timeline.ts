import type { TFunction } from 'i18next';
import { CASE_STATUSES } from '../../../shared/model/case';
import type { CaseNote } from '../../../shared/model/caseNote';
import { localDay } from '../../../shared/model/dates';
import { FOLLOW_UP_STATUSES, TRAFFIC_LIGHTS } from '../../../shared/model/followUp';
import type { HistoryEntry } from '../../../shared/model/historyEntry';
import type { AgendaEntryForCase } from '../../db/queries/agendaItems';
import { formatDay } from '../../i18n/format';

/** One entry of a case's Verlauf: a note someone wrote, or an event the app recorded. */
export type TimelineEntry =
  | { readonly kind: 'note'; readonly key: string; readonly day: string; readonly at: string; readonly note: CaseNote }
  | { readonly kind: 'event'; readonly key: string; readonly day: string; readonly at: string; readonly entry: HistoryEntry }
  | { readonly kind: 'agenda'; readonly key: string; readonly day: string; readonly at: string; readonly agenda: AgendaEntryForCase };

/**
 * Notes and history entries in one list, newest first: by day (a note's own date,
 * an event's local day), then by the moment they were written.
 */
export function mergeTimeline(
  notes: readonly CaseNote[],
  history: readonly HistoryEntry[],
  agenda: readonly AgendaEntryForCase[] = [],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...notes.map((note): TimelineEntry => ({ kind: 'note', key: note.id, day: note.date, at: note.createdAt, note })),
    ...history.map((entry): TimelineEntry => ({ kind: 'event', key: entry.id, day: localDay(Date.parse(entry.at)), at: entry.at, entry })),
    // A meeting's items sort on the meeting day, in agenda order (the number keeps a case discussed twice in order).
    ...agenda.map((item): TimelineEntry => ({ kind: 'agenda', key: item.itemId, day: item.meetingDate, at: `${item.meetingDate}T${item.itemNumber}`, agenda: item })),
  ];
  return entries.sort((a, b) => b.day.localeCompare(a.day) || b.at.localeCompare(a.at) || b.key.localeCompare(a.key));
}

function oneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}

/** What an event says, in the user's words; follow-ups are named by their title. */
export function describeEvent(t: TFunction, entry: HistoryEntry, followUpTitle: string | undefined): string {
  const title = followUpTitle ?? t('caseTimeline.removedFollowUp');
  const caseStatus = (value: string | null) => (oneOf(CASE_STATUSES, value) ? t(`caseStatus.${value}`) : (value ?? ''));
  const followUpStatus = (value: string | null) =>
    oneOf(FOLLOW_UP_STATUSES, value) ? t(`caseTimeline.followUpStatuses.${value}`) : (value ?? '');
  const light = (value: string | null) => (oneOf(TRAFFIC_LIGHTS, value) ? t(`caseTimeline.lights.${value}`) : (value ?? ''));
  switch (entry.kind) {
    case 'case_status':
      return t('caseTimeline.statusChanged', { from: caseStatus(entry.from), to: caseStatus(entry.to) });
    case 'case_closed':
      return t('caseTimeline.closed');
    case 'case_reopened':
      return t('caseTimeline.reopened');
    case 'case_trashed':
      return t('caseTimeline.trashed');
    case 'case_restored':
      return t('caseTimeline.restored');
    case 'follow_up_created':
      return t('caseTimeline.followUpCreated', { title });
    case 'follow_up_status':
      return t('caseTimeline.followUpStatus', { title, from: followUpStatus(entry.from), to: followUpStatus(entry.to) });
    case 'follow_up_light':
      return entry.to === null
        ? t('caseTimeline.followUpLightCleared', { title })
        : t('caseTimeline.followUpLight', { title, from: light(entry.from), to: light(entry.to) });
    case 'follow_up_due':
      return entry.to === null ? t('caseTimeline.followUpNoDue', { title }) : t('caseTimeline.followUpDue', { title, to: formatDay(entry.to) });
    case 'follow_up_waiting':
      return entry.to === 'true' ? t('caseTimeline.followUpWaiting', { title }) : t('caseTimeline.followUpNotWaiting', { title });
    default:
      return t('caseTimeline.followUpOther', { title });
  }
}

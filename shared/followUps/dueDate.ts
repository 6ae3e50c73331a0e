import { isoDay } from '../model/dates';

/**
 * The default due date of a new follow-up: the day before the next meeting, so the
 * result can be reported there. Without a planned meeting there is no default.
 */

/** The calendar day `days` after (or before, when negative) a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The day before the next meeting, never earlier than today; null when no meeting is planned. */
export function defaultDueOn(nextMeetingDate: string | null, today: string): string | null {
  if (nextMeetingDate === null || !isoDay.safeParse(nextMeetingDate).success) return null;
  const dayBefore = addDays(nextMeetingDate, -1);
  return dayBefore < today ? today : dayBefore;
}

import { dayInMonth, type Recurrence } from '../meetings/rule';
import type { DemoContext } from './context';
import { dayOf } from './stamps';

/** The demo round table meets on the 2nd Tuesday of each month at 18:00, with a summer break in August. */
export const DEMO_RECURRENCE: Recurrence = { kind: 'weekday', ordinal: 2, weekday: 2 };
export const DEMO_START_TIME = '18:00';
export const DEMO_START_MINUTES = 18 * 60;
export const DEMO_MEETING_MINUTES = 120;
const SUMMER_BREAK_MONTH = 8;

/** Every meeting day of the story: each month from the start, up to and including the first one on or after today. */
export function meetingDays(ctx: DemoContext): string[] {
  const first = dayOf(ctx.startMs);
  const days: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const day = month === SUMMER_BREAK_MONTH ? null : dayInMonth(DEMO_RECURRENCE, year, month);
    if (day !== null && day >= first) {
      days.push(day);
      if (day >= ctx.today) return days;
    }
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

import { z } from 'zod';
import { AGENDA_ITEM_KINDS } from '../model/agendaItem';
import { clockTime } from '../model/meeting';

/**
 * The rule that proposes the next meeting ("2. Dienstag im Monat, 18:00") and what
 * a new meeting starts with (length, place, standing items). Kept in Einstellungen.
 * Weekdays are ISO numbers: 1 = Monday … 7 = Sunday.
 */

export const recurrenceSchema = z.discriminatedUnion('kind', [
  /** The n-th (1–5) or last (-1) weekday of each month; a month without a 5th one is skipped. */
  z.object({ kind: z.literal('weekday'), ordinal: z.union([z.literal(-1), z.number().int().min(1).max(5)]), weekday: z.number().int().min(1).max(7) }),
  /** A day of each month; a day the month does not have (31 in April) falls on the month's last day. */
  z.object({ kind: z.literal('monthDay'), day: z.number().int().min(1).max(31) }),
]);
export type Recurrence = z.infer<typeof recurrenceSchema>;

/** A standing item (Begrüßung, Genehmigung des Protokolls …) that opens every new meeting. */
export const standingItemSchema = z.object({
  title: z.string().trim().min(1, { message: 'validation.required' }).max(300, { message: 'validation.tooLong' }),
  kind: z.enum(AGENDA_ITEM_KINDS),
  plannedMinutes: z.number().int().min(0).max(600),
  isPublic: z.boolean(),
});
export type StandingItem = z.infer<typeof standingItemSchema>;

export const meetingRuleSchema = z.object({
  recurrence: recurrenceSchema,
  startTime: clockTime,
  plannedMinutes: z.number().int().min(15).max(24 * 60),
  place: z.string().max(200),
  standingItems: z.array(standingItemSchema).max(20),
});
export type MeetingRule = z.infer<typeof meetingRuleSchema>;

/** When meetings take place: the recurrence and the start time. */
export interface RuleTime {
  readonly recurrence: Recurrence;
  readonly startTime: string;
}

const WEEKDAYS: Readonly<Record<'de' | 'en', readonly string[]>> = {
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const WEEKDAY_WORDS = new Map<string, number>([
  ...WEEKDAYS.de.map((w, i) => [w.toLowerCase(), i + 1] as const),
  ...WEEKDAYS.en.map((w, i) => [w.toLowerCase(), i + 1] as const),
  ['sonnabend', 6],
]);
const ORDINAL_WORDS = new Map<string, number>([
  ...['erster', 'erste', 'ersten', 'first'].map((w) => [w, 1] as const),
  ...['zweiter', 'zweite', 'zweiten', 'second'].map((w) => [w, 2] as const),
  ...['dritter', 'dritte', 'dritten', 'third'].map((w) => [w, 3] as const),
  ...['vierter', 'vierte', 'vierten', 'fourth'].map((w) => [w, 4] as const),
  ...['fünfter', 'fünfte', 'fünften', 'fifth'].map((w) => [w, 5] as const),
  ...['letzter', 'letzte', 'letzten', 'last'].map((w) => [w, -1] as const),
]);
const EN_SUFFIX = ['th', 'st', 'nd', 'rd'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Finds the clock time in the text (18:00, 18.30, 18 Uhr, 6 pm) and returns it with the rest of the text. */
function takeTime(text: string): { time: string; rest: string } | null {
  const meridiem = (m: RegExpExecArray, hour: number): number => (hour % 12) + (m[3]?.startsWith('p') ? 12 : 0);
  // Most specific first: "6:30 pm", "18:30 Uhr", "18 Uhr", then "6 pm" (German "am" after a plain
  // number is rare, and a time written with a colon or "Uhr" wins over it).
  const patterns: [RegExp, (m: RegExpExecArray) => [number, number]][] = [
    [/(\d{1,2}):(\d{2})\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/, (m) => [meridiem(m, Number(m[1])), Number(m[2])]],
    [/(\d{1,2})[:.](\d{2})(?!\d)(\s*uhr)?/, (m) => [Number(m[1]), Number(m[2])]],
    [/(\d{1,2})\s*uhr/, (m) => [Number(m[1]), 0]],
    [/(\d{1,2})\s*()(a\.?m\.?|p\.?m\.?)(?![a-z])/, (m) => [meridiem(m, Number(m[1])), 0]],
  ];
  for (const [pattern, read] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [h, m] = read(match);
    if (h > 23 || m > 59) return null;
    return { time: `${pad(h)}:${pad(m)}`, rest: text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length) };
  }
  return null;
}

function ordinalOf(token: string): number | null {
  const word = ORDINAL_WORDS.get(token);
  if (word !== undefined) return word;
  const numeric = /^(\d{1,2})(\.|st|nd|rd|th)$/.exec(token);
  return numeric ? Number(numeric[1]) : null;
}

function weekdayOf(token: string): number | null {
  // "dienstags" and "Tuesdays" are read as the weekday too.
  const word = token.replace(/\.$/, '');
  return WEEKDAY_WORDS.get(word) ?? WEEKDAY_WORDS.get(word.replace(/s$/, '')) ?? null;
}

/**
 * Reads a rule written in German or English: "2. Dienstag im Monat, 18:00",
 * "letzter Freitag im Monat 18.30 Uhr", "15. Tag im Monat, 19:00",
 * "2nd Tuesday of the month, 6 pm", "day 15 of the month, 19:00". Null when it cannot.
 */
export function parseMeetingRule(text: string): RuleTime | null {
  const lowered = text.normalize('NFC').toLowerCase();
  const timed = takeTime(lowered);
  if (!timed) return null;
  const tokens = timed.rest.split(/[\s,;]+/).filter(Boolean);
  let ordinal: number | null = null;
  let weekday: number | null = null;
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if ((previous === 'day' || previous === 'tag') && /^\d{1,2}$/.test(token)) ordinal ??= Number(token);
    ordinal ??= ordinalOf(token);
    weekday ??= weekdayOf(token);
  });
  if (ordinal === null) return null;
  if (weekday !== null) {
    if (ordinal === 0 || ordinal > 5) return null;
    return { recurrence: { kind: 'weekday', ordinal, weekday }, startTime: timed.time };
  }
  if (ordinal === -1) return { recurrence: { kind: 'monthDay', day: 31 }, startTime: timed.time };
  if (ordinal < 1 || ordinal > 31) return null;
  return { recurrence: { kind: 'monthDay', day: ordinal }, startTime: timed.time };
}

function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (EN_SUFFIX[n % 10] ?? 'th')}`;
}

/** Writes a rule the way parseMeetingRule reads it, in German or English. */
export function formatMeetingRule(rule: RuleTime, language: 'de' | 'en'): string {
  const { recurrence, startTime } = rule;
  if (language === 'de') {
    if (recurrence.kind === 'monthDay') return `${recurrence.day}. Tag im Monat, ${startTime}`;
    const which = recurrence.ordinal === -1 ? 'letzter' : `${recurrence.ordinal}.`;
    return `${which} ${WEEKDAYS.de[recurrence.weekday - 1]} im Monat, ${startTime}`;
  }
  if (recurrence.kind === 'monthDay') return `day ${recurrence.day} of the month, ${startTime}`;
  const which = recurrence.ordinal === -1 ? 'last' : englishOrdinal(recurrence.ordinal);
  return `${which} ${WEEKDAYS.en[recurrence.weekday - 1]} of the month, ${startTime}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoWeekday(year: number, month: number, day: number): number {
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/** The day the recurrence falls on in a month (1–12), or null when that month has none (a 5th weekday). */
export function dayInMonth(recurrence: Recurrence, year: number, month: number): string | null {
  const last = daysInMonth(year, month);
  let day: number;
  if (recurrence.kind === 'monthDay') day = Math.min(recurrence.day, last);
  else if (recurrence.ordinal === -1) day = last - ((isoWeekday(year, month, last) - recurrence.weekday + 7) % 7);
  else {
    day = 1 + ((recurrence.weekday - isoWeekday(year, month, 1) + 7) % 7) + (recurrence.ordinal - 1) * 7;
    if (day > last) return null;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The first day strictly after `after` (YYYY-MM-DD) on which the recurrence falls. */
export function nextMeetingDate(recurrence: Recurrence, after: string): string {
  let year = Number(after.slice(0, 4));
  let month = Number(after.slice(5, 7));
  // Every recurrence falls at least once in any 12 months; 24 leaves room to spare.
  for (let step = 0; step < 24; step += 1) {
    const candidate = dayInMonth(recurrence, year, month);
    if (candidate !== null && candidate > after) return candidate;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  throw new Error(`no date for ${JSON.stringify(recurrence)} after ${after}`);
}

/**
 * The date to propose for the next meeting: the first one by the rule that is
 * today or later and after the latest meeting already planned or held.
 */
export function proposeNextMeetingDate(recurrence: Recurrence, today: string, latestMeetingDate: string | null): string {
  const yesterday = new Date(`${today}T00:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  const floor = yesterday.toISOString().slice(0, 10);
  return nextMeetingDate(recurrence, latestMeetingDate !== null && latestMeetingDate > floor ? latestMeetingDate : floor);
}

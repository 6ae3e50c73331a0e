import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayInMonth, formatMeetingRule, nextMeetingDate, parseMeetingRule, proposeNextMeetingDate, type Recurrence } from '../../shared/meetings/rule';

const weekday = (ordinal: number, day: number): Recurrence => ({ kind: 'weekday', ordinal, weekday: day });
const TUESDAY = 2;
const FRIDAY = 5;

describe('reading the meeting rule', () => {
  it.each([
    ['2. Dienstag im Monat, 18:00', weekday(2, TUESDAY), '18:00'],
    ['jeden zweiten Dienstag, 18 Uhr', weekday(2, TUESDAY), '18:00'],
    ['letzter Freitag im Monat 18.30 Uhr', weekday(-1, FRIDAY), '18:30'],
    ['2nd Tuesday of the month, 6 pm', weekday(2, TUESDAY), '18:00'],
    ['last Friday of the month at 6:30 pm', weekday(-1, FRIDAY), '18:30'],
    ['15. Tag im Monat, 19:00', { kind: 'monthDay', day: 15 }, '19:00'],
    ['day 31 of the month, 19:00', { kind: 'monthDay', day: 31 }, '19:00'],
  ] as const)('reads "%s"', (text, recurrence, startTime) => {
    expect(parseMeetingRule(text)).toEqual({ recurrence, startTime });
  });

  it.each(['Dienstag, 18:00', '2. Dienstag im Monat', '6. Dienstag im Monat, 18:00', '32. Tag im Monat, 18:00', '2. Dienstag, 25:00', ''])('refuses "%s"', (text) => {
    expect(parseMeetingRule(text)).toBeNull();
  });

  it('reads back what it writes, in German and in English', () => {
    const recurrence = fc.oneof(
      fc.record({ kind: fc.constant('weekday' as const), ordinal: fc.constantFrom(-1, 1, 2, 3, 4, 5), weekday: fc.integer({ min: 1, max: 7 }) }),
      fc.record({ kind: fc.constant('monthDay' as const), day: fc.integer({ min: 1, max: 31 }) }),
    );
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(recurrence, time, fc.constantFrom('de' as const, 'en' as const), (r, startTime, language) => {
        expect(parseMeetingRule(formatMeetingRule({ recurrence: r, startTime }, language))).toEqual({ recurrence: r, startTime });
      }),
    );
  });
});

describe('evaluating the meeting rule', () => {
  it('finds the second Tuesday, also when the month starts on a Tuesday', () => {
    expect(dayInMonth(weekday(2, TUESDAY), 2026, 4)).toBe('2026-04-14');
    // September 2026 begins on a Tuesday: the second one is the 8th.
    expect(dayInMonth(weekday(2, TUESDAY), 2026, 9)).toBe('2026-09-08');
  });

  it('finds the last Friday at month ends, in leap and common years', () => {
    expect(dayInMonth(weekday(-1, FRIDAY), 2026, 1)).toBe('2026-01-30');
    expect(dayInMonth(weekday(-1, FRIDAY), 2027, 12)).toBe('2027-12-31');
    expect(dayInMonth(weekday(-1, 2), 2028, 2)).toBe('2028-02-29');
    expect(dayInMonth(weekday(-1, 2), 2027, 2)).toBe('2027-02-23');
  });

  it('moves a day the month does not have to its last day', () => {
    const day31: Recurrence = { kind: 'monthDay', day: 31 };
    expect(dayInMonth(day31, 2026, 4)).toBe('2026-04-30');
    expect(dayInMonth(day31, 2026, 2)).toBe('2026-02-28');
    expect(dayInMonth(day31, 2028, 2)).toBe('2028-02-29');
    expect(nextMeetingDate(day31, '2026-01-31')).toBe('2026-02-28');
  });

  it('skips months without a fifth weekday', () => {
    expect(dayInMonth(weekday(5, FRIDAY), 2026, 2)).toBeNull();
    expect(nextMeetingDate(weekday(5, FRIDAY), '2026-02-01')).toBe('2026-05-29');
  });

  it('gives the first date strictly after the day, crossing the year', () => {
    expect(nextMeetingDate(weekday(2, TUESDAY), '2026-04-14')).toBe('2026-05-12');
    expect(nextMeetingDate(weekday(2, TUESDAY), '2026-04-13')).toBe('2026-04-14');
    expect(nextMeetingDate(weekday(2, TUESDAY), '2026-12-09')).toBe('2027-01-12');
  });

  it('proposes today at the earliest, and never a date before the latest planned meeting', () => {
    expect(proposeNextMeetingDate(weekday(2, TUESDAY), '2026-04-14', null)).toBe('2026-04-14');
    expect(proposeNextMeetingDate(weekday(2, TUESDAY), '2026-04-14', '2026-04-14')).toBe('2026-05-12');
    expect(proposeNextMeetingDate(weekday(2, TUESDAY), '2026-04-01', '2026-03-10')).toBe('2026-04-14');
  });

  it('always lands on the rule, after the day, within about a year (random days)', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom(-1, 1, 2, 3, 4, 5), fc.integer({ min: 1, max: 7 }), (after, ordinal, wd) => {
        const next = nextMeetingDate(weekday(ordinal, wd), after);
        expect(next > after).toBe(true);
        const date = new Date(`${next}T00:00:00Z`);
        expect(((date.getUTCDay() + 6) % 7) + 1).toBe(wd);
        expect(dayInMonth(weekday(ordinal, wd), date.getUTCFullYear(), date.getUTCMonth() + 1)).toBe(next);
        expect(date.getTime() - new Date(`${after}T00:00:00Z`).getTime()).toBeLessThan(366 * 86_400_000);
      }),
    );
  });
});

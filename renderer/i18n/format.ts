import { currentLocale } from './index';

// Intl formatters are costly to build; keep one per locale and style.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A calendar day `YYYY-MM-DD` written for the current locale (15.03.2026 / 15 Mar 2026).
 * Read as UTC midnight and formatted in UTC, so no time zone can shift the day.
 */
export function formatDay(isoDay: string, locale: string = currentLocale()): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(date);
}

/** A number written for the current locale (1.234 / 1,234). */
export function formatNumber(value: number, locale: string = currentLocale()): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

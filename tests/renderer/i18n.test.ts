import { describe, expect, test } from 'vitest';
import { ERROR_CODES } from '../../shared/errors/result';
import { LANGUAGES } from '../../shared/ipc/contract';
import { applyLanguage, i18n } from '../../renderer/i18n';
import { de } from '../../renderer/i18n/de';
import { en } from '../../renderer/i18n/en';
import { ERROR_MESSAGES } from '../../renderer/i18n/errors';
import { formatDay, formatNumber } from '../../renderer/i18n/format';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  test('German and English have exactly the same keys, none of them empty', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(de).sort());
    for (const language of [de, en]) {
      for (const key of keysOf(language)) expect(i18n.getResource(language === de ? 'de' : 'en', 'translation', key)).not.toBe('');
    }
  });

  test('every error code has a message in both languages', () => {
    for (const language of LANGUAGES) {
      for (const code of ERROR_CODES) expect(ERROR_MESSAGES[language][code], `${language} ${code}`).toMatch(/\S{3}/);
    }
  });

  test('every validation message key of the shared schemas is translated', async () => {
    const keys = ['required', 'tooLong', 'date', 'caseCode', 'topicRequired', 'codeTaken', 'time'] as const;
    for (const language of LANGUAGES) {
      await applyLanguage(language);
      for (const key of keys) expect(i18n.t(`validation.${key}`)).not.toBe(`validation.${key}`);
    }
    await applyLanguage('de');
  });

  test('days and numbers follow the locale', () => {
    expect(formatDay('2026-03-05', 'de-DE')).toBe('05.03.2026');
    expect(formatDay('2026-03-05', 'en-GB')).toBe('5 Mar 2026');
    expect(formatNumber(1234.5, 'de-DE')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en-GB')).toBe('1,234.5');
  });

  test('plural counts are written in words of the language', async () => {
    await applyLanguage('en');
    expect(i18n.t('cases.count', { count: 1 })).toBe('1 case');
    await applyLanguage('de');
    expect(i18n.t('cases.count', { count: 1200 })).toBe('1.200 Fälle');
  });
});

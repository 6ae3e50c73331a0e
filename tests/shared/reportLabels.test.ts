import { describe, expect, it } from 'vitest';
import { casesDe, casesEn } from '../../renderer/i18n/cases';
import { concernsDe, concernsEn } from '../../renderer/i18n/concerns';
import { followUpsDe } from '../../renderer/i18n/followUps';
import { en } from '../../renderer/i18n/en';
import { REPORT_LABELS, fill } from '../../shared/report/labels';

// The report's words live in shared/ (the command line writes the report too); they must
// name topic areas, statuses and categories exactly as the app does.
describe('report labels', () => {
  it('say what the app says, in German and in English', () => {
    const app = {
      de: { cases: casesDe, followUps: followUpsDe, concerns: concernsDe },
      en: { cases: casesEn, followUps: en.followUps, concerns: concernsEn },
    };
    for (const language of ['de', 'en'] as const) {
      const words = REPORT_LABELS[language];
      const texts = app[language];
      expect(words.topics).toEqual(texts.cases.topics);
      expect(words.caseStatuses).toEqual(texts.cases.caseStatus);
      expect(words.residenceStatuses).toEqual(texts.cases.residenceStatuses);
      expect(words.ageBands).toEqual(texts.cases.ageBands);
      expect(words.lights).toEqual(texts.followUps.light);
      expect(words.blockCategories).toEqual(texts.followUps.category);
      expect(words.concernStatuses).toEqual(texts.concerns.statuses);
    }
  });

  it('fill placeholders and leave unknown ones alone', () => {
    expect(fill('k = {{k}}, {{x}}', { k: 3 })).toBe('k = 3, {{x}}');
  });
});

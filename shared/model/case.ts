import { z } from 'zod';
import { isoDay } from './dates';
import type { Stored } from './sync';

/**
 * A Fall: one anonymised individual situation. By design there is no field for a
 * name, an address or a date of birth; only coarse attributes and free text.
 */

export const CASE_STATUSES = ['new', 'in_progress', 'waiting', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The topic areas of DOMAIN.md; users may add their own as free strings. */
export const TOPIC_AREAS = [
  'residence',
  'family_reunification',
  'housing',
  'work',
  'language',
  'education',
  'health',
  'psychosocial',
  'finances',
  'authorities',
  'discrimination',
  'other',
] as const;
export type TopicArea = (typeof TOPIC_AREAS)[number];

export const URGENCIES = ['low', 'normal', 'high', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const AGE_BANDS = ['0-5', '6-13', '14-17', '18-26', '27-45', '46-64', '65+'] as const;

export const RESIDENCE_STATUSES = [
  'asylum_pending',
  'recognised',
  'subsidiary_protection',
  'tolerated',
  'residence_permit',
  'eu_citizen',
  'other',
  'unknown',
] as const;

export const REGIONS_OF_ORIGIN = [
  'middle_east',
  'north_africa',
  'west_africa',
  'east_africa',
  'central_southern_africa',
  'central_asia',
  'south_asia',
  'eastern_europe',
  'southeastern_europe',
  'turkey_caucasus',
  'latin_america',
  'other',
] as const;

/** Case codes look like RT-2026-014; users may edit them, within these characters. */
export const CASE_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

const text = (max: number) => z.string().max(max, { message: 'validation.tooLong' });

/** The content of a case, as the user edits it. Messages are i18n keys. */
export const caseContentSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, { message: 'validation.required' })
    .regex(CASE_CODE_PATTERN, { message: 'validation.caseCode' }),
  title: z.string().trim().min(1, { message: 'validation.required' }).max(120, { message: 'validation.tooLong' }),
  topics: z.array(text(60).min(1)).min(1, { message: 'validation.topicRequired' }).max(20),
  status: z.enum(CASE_STATUSES),
  urgency: z.enum(URGENCIES),
  responsibleIds: z.array(z.string().max(64)).max(20),
  openedOn: isoDay,
  closedOn: isoDay.nullable(),
  closingReason: text(500),
  resubmissionOn: isoDay.nullable(),
  markedForNextMeeting: z.boolean(),
  ageBand: z.enum(AGE_BANDS).nullable(),
  householdSize: z.number().int().min(1).max(30).nullable(),
  regionOfOrigin: z.enum(REGIONS_OF_ORIGIN).nullable(),
  residenceStatus: z.enum(RESIDENCE_STATUSES).nullable(),
  languages: z.array(text(40)).max(10),
  interpreterNeeded: z.boolean(),
  concernIds: z.array(z.string().max(64)).max(50),
  summary: text(20000),
  trashedAt: z.string().max(40).nullable(),
});

export type CaseContent = z.infer<typeof caseContentSchema>;
export type Case = Stored<CaseContent>;

/** A blank case with sensible defaults, opened today. */
export function emptyCaseContent(code: string, today: string): CaseContent {
  return {
    code,
    title: '',
    topics: [],
    status: 'new',
    urgency: 'normal',
    responsibleIds: [],
    openedOn: today,
    closedOn: null,
    closingReason: '',
    resubmissionOn: null,
    markedForNextMeeting: false,
    ageBand: null,
    householdSize: null,
    regionOfOrigin: null,
    residenceStatus: null,
    languages: [],
    interpreterNeeded: false,
    concernIds: [],
    summary: '',
    trashedAt: null,
  };
}

/** The content an erased case keeps: nothing but what a tombstone needs. */
export function erasedCaseContent(): CaseContent {
  // Still valid against the schema, so an erased case's tombstone imports on every laptop.
  return { ...emptyCaseContent('ERASED', '1970-01-01'), title: '-', topics: ['other'] };
}

/**
 * The next free case code `RT-<year>-<nnn>` given the codes already in use.
 * Numbers continue after the highest one of that year; three digits at least.
 */
export function nextCaseCode(year: number, existingCodes: Iterable<string>): string {
  const prefix = `RT-${year}-`;
  let max = 0;
  for (const code of existingCodes) {
    if (!code.startsWith(prefix)) continue;
    const n = Number(code.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

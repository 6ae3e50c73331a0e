import type { AGE_BANDS, REGIONS_OF_ORIGIN, RESIDENCE_STATUSES, TopicArea, Urgency } from '../model/case';
import type { Random } from './random';

/**
 * The coarse attributes of demo cases and how often each occurs, roughly as a round
 * table in a German town sees them. Weights, not statistics.
 */

type Region = (typeof REGIONS_OF_ORIGIN)[number];
type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];
type AgeBand = (typeof AGE_BANDS)[number];

export const TOPIC_WEIGHTS: readonly (readonly [TopicArea, number])[] = [
  ['residence', 16],
  ['family_reunification', 9],
  ['housing', 16],
  ['work', 10],
  ['language', 7],
  ['education', 9],
  ['health', 8],
  ['psychosocial', 6],
  ['finances', 9],
  ['authorities', 6],
  ['discrimination', 2],
  ['other', 2],
];

export const URGENCY_WEIGHTS: readonly (readonly [Urgency, number])[] = [
  ['low', 15],
  ['normal', 55],
  ['high', 22],
  ['critical', 8],
];

export const AGE_BAND_WEIGHTS: readonly (readonly [AgeBand | null, number])[] = [
  ['0-5', 2],
  ['6-13', 3],
  ['14-17', 7],
  ['18-26', 25],
  ['27-45', 43],
  ['46-64', 15],
  ['65+', 3],
  [null, 2],
];

export const HOUSEHOLD_WEIGHTS: readonly (readonly [number | null, number])[] = [
  [1, 30],
  [2, 12],
  [3, 14],
  [4, 15],
  [5, 11],
  [6, 8],
  [7, 4],
  [8, 3],
  [9, 1],
  [null, 2],
];

/** Regions with their weight and the language combinations people from there bring. */
const REGIONS: readonly (readonly [Region, number, readonly (readonly string[])[]])[] = [
  ['middle_east', 24, [['Arabisch'], ['Kurdisch (Kurmandschi)', 'Arabisch'], ['Arabisch', 'Englisch']]],
  ['central_asia', 16, [['Dari'], ['Paschtu'], ['Farsi'], ['Dari', 'Englisch']]],
  ['eastern_europe', 16, [['Ukrainisch', 'Russisch'], ['Russisch'], ['Ukrainisch']]],
  ['turkey_caucasus', 10, [['Türkisch'], ['Kurdisch (Kurmandschi)', 'Türkisch'], ['Georgisch']]],
  ['east_africa', 9, [['Tigrinya'], ['Somali'], ['Amharisch'], ['Tigrinya', 'Englisch']]],
  ['west_africa', 7, [['Englisch'], ['Französisch'], ['Fula', 'Französisch']]],
  ['southeastern_europe', 5, [['Albanisch'], ['Serbisch'], ['Romanes', 'Serbisch']]],
  ['north_africa', 3, [['Arabisch', 'Französisch']]],
  ['south_asia', 3, [['Urdu'], ['Bengali'], ['Tamil', 'Englisch']]],
  ['central_southern_africa', 2, [['Französisch', 'Lingala']]],
  ['latin_america', 2, [['Spanisch']]],
  ['other', 1, [['Englisch']]],
];

const DEFAULT_STATUS: readonly (readonly [ResidenceStatus, number])[] = [
  ['asylum_pending', 22],
  ['recognised', 25],
  ['subsidiary_protection', 14],
  ['tolerated', 14],
  ['residence_permit', 15],
  ['other', 3],
  ['unknown', 4],
];

const STATUS_BY_REGION: Partial<Record<Region, readonly (readonly [ResidenceStatus, number])[]>> = {
  // Temporary protection (§ 24 AufenthG) is a residence permit.
  eastern_europe: [['residence_permit', 80], ['asylum_pending', 6], ['recognised', 6], ['unknown', 8]],
  southeastern_europe: [['tolerated', 40], ['eu_citizen', 25], ['asylum_pending', 15], ['residence_permit', 15], ['unknown', 5]],
  latin_america: [['asylum_pending', 50], ['residence_permit', 40], ['unknown', 10]],
};

export interface Origin {
  readonly regionOfOrigin: Region | null;
  readonly residenceStatus: ResidenceStatus | null;
  readonly languages: readonly string[];
  readonly interpreterNeeded: boolean;
}

/** Region, residence status, languages and the need for an interpreter, drawn together so they fit. */
export function drawOrigin(random: Random): Origin {
  if (random.chance(0.02)) return { regionOfOrigin: null, residenceStatus: null, languages: [], interpreterNeeded: random.chance(0.5) };
  const [region, , languageSets] = random.weighted(REGIONS.map((entry) => [entry, entry[1]] as const));
  const languages = random.pick(languageSets);
  const residenceStatus = random.chance(0.03) ? null : random.weighted(STATUS_BY_REGION[region] ?? DEFAULT_STATUS);
  const englishOnly = languages.length === 1 && (languages[0] === 'Englisch' || languages[0] === 'Französisch');
  return { regionOfOrigin: region, residenceStatus, languages, interpreterNeeded: random.chance(englishOnly ? 0.25 : 0.65) };
}

/** One to three distinct topic areas, the first the main one. */
export function drawTopics(random: Random): TopicArea[] {
  const topics = [random.weighted(TOPIC_WEIGHTS)];
  const extra = random.weighted([
    [0, 45],
    [1, 40],
    [2, 15],
  ] as const);
  for (let i = 0; i < extra; i++) {
    const topic = random.weighted(TOPIC_WEIGHTS);
    if (!topics.includes(topic)) topics.push(topic);
  }
  return topics;
}

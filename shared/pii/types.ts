/**
 * What the personal-data guard reports. Offsets are JavaScript string indices into the
 * scanned text, end exclusive, so `text.slice(start, end)` is the finding.
 */

export const PII_TYPES = [
  'PERSON',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'DATE_OF_BIRTH',
  'IBAN',
  'FILE_NUMBER',
  'TAX_ID',
  'HEALTH_INSURANCE_NO',
  'PASSPORT_NO',
  'LICENSE_PLATE',
  'URL',
  'OTHER',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

export interface PiiSpan {
  readonly start: number;
  readonly end: number;
  readonly type: PiiType;
  /** The finding itself; filled by detectPii for display, never needed for redaction. */
  readonly text?: string;
}

/** What a finding looks like, phrased as a question because the guard can be wrong. */
export const PII_TYPE_LABELS: Readonly<Record<'de' | 'en', Readonly<Record<PiiType, string>>>> = {
  de: {
    PERSON: 'Name?',
    PHONE: 'Telefonnummer?',
    EMAIL: 'E-Mail-Adresse?',
    ADDRESS: 'Adresse?',
    DATE_OF_BIRTH: 'Geburtsdatum?',
    IBAN: 'IBAN?',
    FILE_NUMBER: 'Aktenzeichen?',
    TAX_ID: 'Steuer-ID?',
    HEALTH_INSURANCE_NO: 'Krankenversichertennummer?',
    PASSPORT_NO: 'Pass- oder Ausweisnummer?',
    LICENSE_PLATE: 'Kfz-Kennzeichen?',
    URL: 'Link oder Profil einer Person?',
    OTHER: 'Persönliche Angabe?',
  },
  en: {
    PERSON: 'Name?',
    PHONE: 'Phone number?',
    EMAIL: 'E-mail address?',
    ADDRESS: 'Address?',
    DATE_OF_BIRTH: 'Date of birth?',
    IBAN: 'IBAN?',
    FILE_NUMBER: 'File number?',
    TAX_ID: 'Tax ID?',
    HEALTH_INSURANCE_NO: 'Health insurance number?',
    PASSPORT_NO: 'Passport or ID number?',
    LICENSE_PLATE: 'Licence plate?',
    URL: 'Link or profile of a person?',
    OTHER: 'Personal detail?',
  },
};

/** The German placeholder that replaces a finding of each type on redaction. */
export const PII_PLACEHOLDERS: Readonly<Record<PiiType, string>> = {
  PERSON: '[Name]',
  PHONE: '[Telefon]',
  EMAIL: '[E-Mail]',
  ADDRESS: '[Adresse]',
  DATE_OF_BIRTH: '[Geburtsdatum]',
  IBAN: '[IBAN]',
  FILE_NUMBER: '[Aktenzeichen]',
  TAX_ID: '[Steuer-ID]',
  HEALTH_INSURANCE_NO: '[KV-Nummer]',
  PASSPORT_NO: '[Passnummer]',
  LICENSE_PLATE: '[Kennzeichen]',
  URL: '[Link]',
  OTHER: '[Angabe]',
};

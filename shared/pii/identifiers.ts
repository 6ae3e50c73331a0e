/**
 * Detectors for file and document numbers and licence plates. File and passport numbers have
 * no checksum, so outside the few unmistakable formats (BAMF "1234567-475", Jobcenter BG numbers,
 * court file numbers) they are only taken after their label ("Az.", "Pass-Nr.", "Kundennummer").
 */
import { charBeforeIs, hasContextBefore, scan, type FindingSink } from './finding';
import type { PiiType } from './types';

// The labels, then what may stand between label and number ("Kundennummer Jobcenter: 123D456789").
const FILE_LABEL =
  /(?:\b(?:Aktenzeichen|Geschäftszeichen|Kundennummer|Kunden-?Nr|BG-?Nummer|BG-?Nr|Bedarfsgemeinschaftsnummer|Vorgangsnummer|Fallnummer|AZR-?Nummer|AZR-?Nr|AZR|Antragsnummer|Registriernummer|Personenkennziffer|PKZ|Bescheidnummer|Mitgliedsnummer|Kassenzeichen|Buchungszeichen|(?:Ihr|Unser)\s+Zeichen)|\b(?:Az|AZ|Gz)(?=[.:\s]))\.?/g;
const PASSPORT_LABEL =
  /\b(?:Reisepass(?:nummer|-?Nr)?|Pass(?:nummer|-?Nr|-Nummer|nr)|Passport(?:\s?(?:No|Number|Nr))?|Personalausweis(?:nummer|-?Nr)?|Ausweis(?:nummer|-?Nr)|Reiseausweis(?:nummer)?|Dokumentennummer|Passersatz(?:papier)?)\b\.?/gi;
// A number after its label: letters, digits and the separators used in file numbers.
// Dots and slashes only inside the number; " - " with spaces as in "1234567 - 475".
const FILE_NUMBER_TOKEN = /(?<![A-Za-z0-9])[A-Z0-9][A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+|\s[-/]\s[A-Za-z0-9]+)*/g;
const DOCUMENT_NUMBER_TOKEN = /\b[A-Z0-9]{6,12}\b/g;
const LABEL_REACH = 40;
const MIN_FILE_DIGITS = 3;
// The app's own case codes ("RT-2026-014") are anonymous by design: no file number of a person.
const CASE_CODE = /^RT-\d{4}-\d{2,4}$/;

function digitCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

// The first token in the stretch after a label that satisfies `accept`; the stretch ends at a line break.
function findAfterLabel(
  text: string,
  labelEnd: number,
  token: RegExp,
  accept: (candidate: string) => boolean,
): { start: number; end: number } | undefined {
  const window = text.slice(labelEnd, labelEnd + LABEL_REACH).split('\n')[0] ?? '';
  for (let match = scan(token, window); match; match = token.exec(window)) {
    if (accept(match[0])) return { start: labelEnd + match.index, end: labelEnd + match.index + match[0].length };
  }
  return undefined;
}

function pushAfterLabels(text: string, sink: FindingSink, label: RegExp, token: RegExp, type: PiiType, accept: (c: string) => boolean): void {
  for (let match = scan(label, text); match; match = label.exec(text)) {
    const found = findAfterLabel(text, match.index + match[0].length, token, accept);
    if (found) sink.findings.push({ ...found, type });
  }
}

function isDocumentNumber(candidate: string): boolean {
  const digits = digitCount(candidate);
  return digits >= 2 && (digits < candidate.length || candidate.length >= 6);
}

// Court file numbers: [A] chamber register number/year, e.g. "A 12 K 3456/24", "11 S 123/22".
// Anchored on "number/year"; the chamber and register letters are then checked backwards.
const COURT_NUMBER_AND_YEAR = /\d{1,6}\/\d{2}(?![\d/])/g;
const COURT_CHAMBER_BEFORE = /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\s)?\d{1,3}\s[A-Z][A-Za-z]{0,3}\s$/u;
// Decisions of federal and European courts are published precedents, not someone's file.
const PRECEDENT_COURT = /\b(?:BVerfG|BVerwG|BGH|BSG|BAG|BFH|EuGH|EGMR)\b[^\n]{0,40}$/;
const BAMF_FILE_NUMBER = /\d{7,8}\s?-\s?\d{3}(?!\d)/g;
const GLUED_TO_FILE_NUMBER = /[\p{N}\-/.]/u;
const JOBCENTER_BG_NUMBER = /\b\d{5}\s?BG\s?\d{7}\b/g;
const JOBCENTER_CUSTOMER_NUMBER = /\b\d{3}[A-Z]\d{6}\b/g;

/** Finds file numbers: BAMF, AZR, Ausländerbehörde, Jobcenter and court numbers. */
export function findFileNumbers(text: string, sink: FindingSink): void {
  if (sink.digits < MIN_FILE_DIGITS) return;
  pushAfterLabels(text, sink, FILE_LABEL, FILE_NUMBER_TOKEN, 'FILE_NUMBER', (c) => digitCount(c) >= MIN_FILE_DIGITS && !CASE_CODE.test(c));
  for (let match = scan(BAMF_FILE_NUMBER, text); match; match = BAMF_FILE_NUMBER.exec(text)) {
    if (charBeforeIs(text, match.index, GLUED_TO_FILE_NUMBER)) continue;
    sink.findings.push({ start: match.index, end: match.index + match[0].length, type: 'FILE_NUMBER' });
  }
  for (const pattern of [JOBCENTER_BG_NUMBER, JOBCENTER_CUSTOMER_NUMBER]) {
    for (let match = scan(pattern, text); match; match = pattern.exec(text)) {
      sink.findings.push({ start: match.index, end: match.index + match[0].length, type: 'FILE_NUMBER' });
    }
  }
  if (!text.includes('/')) return;
  for (let match = scan(COURT_NUMBER_AND_YEAR, text); match; match = COURT_NUMBER_AND_YEAR.exec(text)) {
    if (charBeforeIs(text, match.index, /\d/)) continue;
    const chamber = COURT_CHAMBER_BEFORE.exec(text.slice(Math.max(0, match.index - 14), match.index));
    if (!chamber) continue;
    const start = match.index - chamber[0].length;
    if (hasContextBefore(text, start, PRECEDENT_COURT, 60)) continue;
    sink.findings.push({ start, end: match.index + match[0].length, type: 'FILE_NUMBER' });
  }
}

/** Finds passport and ID card numbers after their label. */
export function findPassportNumbers(text: string, sink: FindingSink): void {
  if (sink.digits < 2) return;
  if (!/pass|ausweis|dokument/i.test(text)) return;
  pushAfterLabels(text, sink, PASSPORT_LABEL, DOCUMENT_NUMBER_TOKEN, 'PASSPORT_NO', isDocumentNumber);
}

// District codes of the region and of large cities, so that "SGB II 7" or "VG A 5" stay unflagged.
const DISTRICTS = new Set(
  `KN FN RV SIG TUT VS RW BC UL BL ZAK FR EM WT LÖ OG RA BAD KA PF CW FDS HN S ES LB BB WN GP AA HDH TÜ RT
  HD MA MOS KÜN SHA TBB MTK LI OA KE MN A M N B HH HB K F D DO E DU H L DD C HRO KI HL OS BI MS AC BN MZ WI
  SB KL LU TR FD GI MR KS GÖ BS WOB HI HM LG OL WHV EMS NOH COE RE GE BO HA UN SO HSK MK AK`.split(/\s+/),
);
const NOT_DISTRICTS = new Set(['SGB', 'AZ', 'BG', 'KW', 'TOP', 'NR', 'ID', 'EU', 'DE', 'VG', 'OVG', 'VGH', 'AG', 'LG', 'OLG']);
const LICENSE_PLATE = /([A-ZÄÖÜ]{1,3})([- ])([A-Z]{1,2}) ?\d{1,4}[EH]?(?![\p{L}\p{N}/]|[.,]\d)/gu;
const GLUED_TO_PLATE = /[\p{L}\p{N}-]/u;

/** Finds German licence plates ("KN-AB 123", "KN AB 1234E"), not federal roads ("B 33") or course levels. */
export function findLicensePlates(text: string, sink: FindingSink): void {
  if (sink.digits === 0) return;
  for (let match = scan(LICENSE_PLATE, text); match; match = LICENSE_PLATE.exec(text)) {
    if (charBeforeIs(text, match.index, GLUED_TO_PLATE)) continue;
    const district = match[1] ?? '';
    if (NOT_DISTRICTS.has(district)) continue;
    // With a space instead of the hyphen only a known district of two or more letters passes
    // ("KN AB 1234", not "A B1"); an unknown district only in the full form "XY-AB 123"
    // ("RSA-MD5" is a product code).
    const known = DISTRICTS.has(district);
    if (match[2] === ' ' ? !known || district.length < 2 : !known && !/[A-Z] \d/.test(match[0])) continue;
    sink.findings.push({ start: match.index, end: match.index + match[0].length, type: 'LICENSE_PLATE' });
  }
}

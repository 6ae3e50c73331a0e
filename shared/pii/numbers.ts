/**
 * Detectors for numbers that point to a person: phone numbers, IBANs, Steuer-IDs, health
 * insurance numbers and social insurance numbers. Each keeps its look-alikes out: service
 * numbers (112, 116 117, 0800 …), switchboards, dates, sums of money, § references.
 */
import { compactIban, isValidIban, isValidKvnr, isValidSteuerId } from './checksums';
import { charBeforeIs, hasContextBefore, scan, type FindingSink } from './finding';

// A phone number starts with +, 00, (0 or 0 and is not glued to a word, a number or a date
// (checked in code: a leading look-behind would make the engine try every position).
const PHONE_CANDIDATE = /(?:\+[ \t]?[1-9]|\(0\d|0\d)[\d\-/(). \t]*\d/g;
const GLUED_BEFORE = /[\p{L}\p{N}+\-/]/u;
const NUMBER_PUNCTUATION = /[.,]/;
const DIGIT = /\d/;

function isGlued(text: string, index: number): boolean {
  if (charBeforeIs(text, index, GLUED_BEFORE)) return true;
  return charBeforeIs(text, index, NUMBER_PUNCTUATION) && charBeforeIs(text, index - 1, DIGIT);
}

// Numbers without an area code count only right after a phone label ("Tel. 12 34 56").
const PHONE_LABEL_BEFORE = /(?:(?:telefon|handy|mobil|festnetz|whatsapp)\p{L}*|\btel)\.?(?:-?nr\.?)?[ \t]*:?[ \t]*$/iu;
const PHONE_LABEL_REACH = 30;
const PHONE_WORD = /tel|handy|mobil|festnetz|whatsapp/i;
const LOCAL_NUMBER = /^[1-9][\d \-/]{3,12}\d(?![\d.,])/;
const SERVICE_PREFIXES = ['0800', '0180', '0137', '0900', '116', '115', '110', '112', '19222'];
const SWITCHBOARD = /[-–]\s?0$/;
const MIN_NATIONAL_DIGITS = 7;
const MIN_AREA_GROUP = 3;

function isServiceNumber(digits: string): boolean {
  return SERVICE_PREFIXES.some((prefix) => digits.startsWith(prefix));
}

function isPlausiblePhone(raw: string): boolean {
  if (SWITCHBOARD.test(raw)) return false;
  const digits = raw.replace(/\D/g, '');
  if (raw.startsWith('+')) return digits.length >= 8 && digits.length <= 15;
  if (digits.startsWith('00')) return digits.length >= 10 && digits.length <= 15 && digits[2] !== '0';
  const firstGroup = /^\(?(\d+)/.exec(raw)?.[1] ?? '';
  return (
    firstGroup.length >= MIN_AREA_GROUP &&
    digits.length >= MIN_NATIONAL_DIGITS &&
    digits.length <= 13 &&
    !isServiceNumber(digits)
  );
}

// A trailing lone digit after a space is more likely a count ("0176 1234567 2 Kinder") than part of the number.
function trimTrailingSingleDigit(raw: string): string {
  return raw.replace(/(?:\s\d)+$/, '').replace(/[\s\-/(.]+$/, '');
}

const NEXT_NUMBER_START = /\s+(?:\/\s*)?(?=\+|\(?0\d)/g;

function splitAtNumberStarts(raw: string): { offset: number; text: string }[] {
  const pieces: { offset: number; text: string }[] = [];
  let offset = 0;
  for (let gap = scan(NEXT_NUMBER_START, raw); gap; gap = NEXT_NUMBER_START.exec(raw)) {
    pieces.push({ offset, text: raw.slice(offset, gap.index) });
    offset = gap.index + gap[0].length;
  }
  if (pieces.length > 0) pieces.push({ offset, text: raw.slice(offset) });
  return pieces;
}

/** Finds phone numbers in German and international formats. */
export function findPhones(text: string, sink: FindingSink): void {
  if (sink.digits < 5) return;
  PHONE_CANDIDATE.lastIndex = 0;
  for (let match = PHONE_CANDIDATE.exec(text); match; match = PHONE_CANDIDATE.exec(text)) {
    const start = match.index;
    if (isGlued(text, start)) {
      // Not this start; a number may still begin inside the run ("12.03 0176 1234567").
      PHONE_CANDIDATE.lastIndex = start + 1;
      continue;
    }
    const raw = trimTrailingSingleDigit(match[0]);
    if (isPlausiblePhone(raw)) {
      sink.findings.push({ start, end: start + raw.length, type: 'PHONE' });
      continue;
    }
    // Two numbers in a row ("0176 1234567 / 0157 7654321") fail as one: try the pieces.
    for (const piece of splitAtNumberStarts(raw)) {
      if (isPlausiblePhone(piece.text)) {
        sink.findings.push({ start: start + piece.offset, end: start + piece.offset + piece.text.length, type: 'PHONE' });
      }
    }
  }
  if (!PHONE_WORD.test(text)) return;
  for (const start of sink.digitRuns) {
    const number = LOCAL_NUMBER.exec(text.slice(start, start + 20))?.[0];
    if (number === undefined || !PHONE_LABEL_BEFORE.test(text.slice(Math.max(0, start - PHONE_LABEL_REACH), start))) continue;
    const digits = number.replace(/\D/g, '');
    if (digits.length < 5 || digits.length > 11 || isServiceNumber(digits)) continue;
    sink.findings.push({ start, end: start + number.length, type: 'PHONE' });
  }
}

const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;
const IBAN_LABEL = /\b(?:iban|konto|kto|bankverbindung|überweis)[^\n]{0,20}$/i;
const IBAN_SHAPE = /^DE\d{20}$/;

// Cuts a candidate back to `length` significant characters, so a word glued to the end does not spoil it.
function prefixWithCharacters(raw: string, length: number): string {
  let seen = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== ' ') seen++;
    if (seen === length) return raw.slice(0, i + 1);
  }
  return raw;
}

/** Finds IBANs: mod-97 checked, or of German shape right after "IBAN"/"Konto". */
export function findIbans(text: string, sink: FindingSink): void {
  if (sink.digits < 12) return;
  for (let match = scan(IBAN_CANDIDATE, text); match; match = IBAN_CANDIDATE.exec(text)) {
    const raw = match[0].startsWith('DE') ? prefixWithCharacters(match[0], 22) : match[0];
    const labelled = hasContextBefore(text, match.index, IBAN_LABEL);
    if (isValidIban(raw) || (labelled && IBAN_SHAPE.test(compactIban(raw)))) {
      sink.findings.push({ start: match.index, end: match.index + raw.length, type: 'IBAN' });
    }
  }
}

const STEUER_ID_CANDIDATE = /[1-9]\d(?: ?\d{3}){3}(?!\d)/g;
const STEUER_ID_GLUED = /[\d+\-/.,]/;
const STEUER_ID_LABEL = /\b(?:steuer-?id|steuer-?identifikationsnummer|steueridentifikationsnummer|identifikationsnummer|idnr|tin)\.?[^\n]{0,15}$/i;

/** Finds Steuer-IDs: check digit and digit pattern hold, or an 11-digit number right after "Steuer-ID". */
export function findTaxIds(text: string, sink: FindingSink): void {
  if (sink.digits < 11) return;
  for (let match = scan(STEUER_ID_CANDIDATE, text); match; match = STEUER_ID_CANDIDATE.exec(text)) {
    if (charBeforeIs(text, match.index, STEUER_ID_GLUED)) continue;
    if (isValidSteuerId(match[0]) || hasContextBefore(text, match.index, STEUER_ID_LABEL)) {
      sink.findings.push({ start: match.index, end: match.index + match[0].length, type: 'TAX_ID' });
    }
  }
}

const KVNR_CANDIDATE = /\b[A-Z]\d{9}\b/g;
const KVNR_LABEL = /\b(?:versichertennummer|versicherten-?nr|kv-?nr|kvnr|krankenversichertennummer|versicherungsnummer|egk|gesundheitskarte)\.?[^\n]{0,20}$/i;

/** Finds health insurance numbers (KVNR): check digit holds, or right after "Versichertennummer". */
export function findHealthInsuranceNumbers(text: string, sink: FindingSink): void {
  if (sink.digits < 9) return;
  for (let match = scan(KVNR_CANDIDATE, text); match; match = KVNR_CANDIDATE.exec(text)) {
    if (isValidKvnr(match[0]) || hasContextBefore(text, match.index, KVNR_LABEL)) {
      sink.findings.push({ start: match.index, end: match.index + match[0].length, type: 'HEALTH_INSURANCE_NO' });
    }
  }
}

// Rentenversicherungsnummer: area, date of birth, initial of the birth name, serial and check digit.
const SOCIAL_INSURANCE = /\b\d{2} ?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2} ?[A-Z] ?\d{3}\b/g;

/** Finds social insurance numbers (reported as OTHER). */
export function findSocialInsuranceNumbers(text: string, sink: FindingSink): void {
  if (sink.digits < 11) return;
  for (let match = scan(SOCIAL_INSURANCE, text); match; match = SOCIAL_INSURANCE.exec(text)) {
    sink.findings.push({ start: match.index, end: match.index + match[0].length, type: 'OTHER' });
  }
}

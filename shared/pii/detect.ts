/**
 * The personal-data guard for German free text: runs every detector, then resolves overlaps so
 * the result is sorted and non-overlapping. Pure and synchronous; no network, no model.
 */
import { findEmails, findLinks } from './contact';
import { createSink, type Finding, type Shield } from './finding';
import { findFileNumbers, findLicensePlates, findPassportNumbers } from './identifiers';
import { findHealthInsuranceNumbers, findIbans, findPhones, findSocialInsuranceNumbers, findTaxIds } from './numbers';
import { findPersons } from './persons';
import { findAddresses, findDatesOfBirth } from './places';
import type { PiiSpan, PiiType } from './types';

// When findings overlap, the more specific one wins: a checksum or label beats a shape, and
// every structured finding beats a name read out of it ("Theodor-Heuss-Straße 12" is an address).
const PRIORITY: Readonly<Record<PiiType, number>> = {
  EMAIL: 13,
  URL: 13,
  IBAN: 12,
  PASSPORT_NO: 11,
  HEALTH_INSURANCE_NO: 10,
  TAX_ID: 10,
  FILE_NUMBER: 9,
  OTHER: 8,
  DATE_OF_BIRTH: 7,
  PHONE: 6,
  ADDRESS: 5,
  LICENSE_PLATE: 4,
  PERSON: 3,
};

const STRUCTURED_DETECTORS = [
  findEmails,
  findLinks,
  findIbans,
  findTaxIds,
  findHealthInsuranceNumbers,
  findSocialInsuranceNumbers,
  findPassportNumbers,
  findFileNumbers,
  findPhones,
  findLicensePlates,
  findAddresses,
  findDatesOfBirth,
] as const;

function byStart(a: Shield, b: Shield): number {
  return a.start - b.start || a.end - b.end;
}

function beats(a: Finding, b: Finding): boolean {
  const priority = PRIORITY[a.type] - PRIORITY[b.type];
  if (priority !== 0) return priority > 0;
  const length = a.end - a.start - (b.end - b.start);
  return length !== 0 ? length > 0 : a.start < b.start;
}

/** Sorted, non-overlapping findings: same-type overlaps merge, otherwise the stronger finding wins. */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  if (findings.length === 0) return [];
  const sorted = [...findings].sort((a, b) => byStart(a, b) || PRIORITY[b.type] - PRIORITY[a.type]);
  const kept: Finding[] = [];
  for (const candidate of sorted) {
    let current: Finding | undefined = { ...candidate };
    while (current) {
      const last = kept[kept.length - 1];
      if (!last || last.end <= current.start) break;
      if (last.type === current.type) {
        last.end = Math.max(last.end, current.end);
        current = undefined;
      } else if (beats(current, last)) {
        kept.pop();
      } else {
        current = undefined;
      }
    }
    if (current) kept.push(current);
  }
  return kept;
}

function mergeRanges(ranges: readonly Shield[]): Shield[] {
  if (ranges.length === 0) return [];
  const merged: Shield[] = [];
  for (const range of [...ranges].sort(byStart)) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

// Public websites and functional mailboxes shield what lies inside them, except the links and
// addresses that were recognised as personal in the first place.
function outsideShields(findings: readonly Finding[], shields: readonly Shield[]): Finding[] {
  if (shields.length === 0) return findings as Finding[];
  const merged = mergeRanges(shields);
  const sorted = [...findings].sort(byStart);
  const kept: Finding[] = [];
  let s = 0;
  for (const finding of sorted) {
    while (s < merged.length && (merged[s]?.end ?? 0) <= finding.start) s++;
    const shield = merged[s];
    const shielded = shield !== undefined && shield.start < finding.end;
    if (!shielded || finding.type === 'EMAIL' || finding.type === 'URL') kept.push(finding);
  }
  return kept;
}

/** Finds personal data in a German note; spans are sorted, non-overlapping JS string indices. */
export function detectPii(text: string): PiiSpan[] {
  const sink = createSink(text);
  for (const detect of STRUCTURED_DETECTORS) detect(text, sink);
  const structured = resolveOverlaps(outsideShields(sink.findings, sink.shields));
  const persons: Finding[] = [];
  findPersons(text, sink.shields.length === 0 ? structured : mergeRanges([...structured, ...sink.shields]), persons);
  return resolveOverlaps(persons.length === 0 ? structured : [...structured, ...persons]).map((f) => ({
    start: f.start,
    end: f.end,
    type: f.type,
    text: text.slice(f.start, f.end),
  }));
}

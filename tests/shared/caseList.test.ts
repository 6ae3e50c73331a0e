import { describe, expect, it } from 'vitest';
import { EMPTY_CASE_FILTER, filterCases, sortCases, type CaseFilter } from '../../shared/cases/listQuery';
import { foldText } from '../../shared/cases/search';
import { buildCaseSearchIndex, searchCaseIds } from '../../shared/cases/searchIndex';
import type { CaseStatus, Urgency } from '../../shared/model/case';

function listed(id: string, over: Partial<{ code: string; title: string; status: CaseStatus; urgency: Urgency; topics: string[]; responsibleIds: string[]; openedOn: string; resubmissionOn: string | null; summary: string }> = {}) {
  return {
    id,
    code: `RT-2026-${id.padStart(3, '0')}`,
    title: `Fall ${id}`,
    status: 'new' as CaseStatus,
    urgency: 'normal' as Urgency,
    topics: ['housing'],
    responsibleIds: [],
    openedOn: '2026-01-01',
    resubmissionOn: null,
    summary: '',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

const cases = [
  listed('1', { title: 'Wohnungssuche nach Auszug', topics: ['housing'], status: 'in_progress', responsibleIds: ['m1'], resubmissionOn: '2026-11-20' }),
  listed('2', { title: 'Familiennachzug Ehefrau', topics: ['family_reunification', 'residence'], status: 'waiting', urgency: 'critical' }),
  listed('3', { title: 'Sprachkurs B1 fehlt', topics: ['language', 'work'], status: 'closed', responsibleIds: ['m2'], resubmissionOn: '2026-10-01' }),
  listed('10', { title: 'Ärztliche Versorgung', topics: ['health'], summary: 'Überweisung zur Psychotherapie offen' }),
];
const notes = [
  { caseId: '2', text: 'Termin bei der Ausländerbehörde verschoben' },
  { caseId: '3', text: 'Kurs beim Träger angefragt' },
];
const index = buildCaseSearchIndex(cases, notes);
function ids(filter: Partial<CaseFilter>): string[] {
  const textMatches = searchCaseIds(index, filter.query ?? '');
  const ctx = { today: '2026-11-21', textMatches: textMatches && new Set(textMatches), overdueCaseIds: new Set(['2']) };
  return filterCases(cases, { ...EMPTY_CASE_FILTER, ...filter }, ctx).map((c) => c.id);
}

describe('case list filters and search', () => {
  it('shows every case without a filter', () => {
    expect(ids({})).toEqual(['1', '2', '3', '10']);
  });
  it('finds a case by a word that only occurs in one of its notes', () => {
    expect(ids({ query: 'ausländerbehörde' })).toEqual(['2']);
  });
  it('ignores case and diacritics and needs every word', () => {
    expect(ids({ query: 'AERZTLICHE' })).toEqual([]);
    expect(ids({ query: 'arztliche uberweisung' })).toEqual(['10']);
    expect(ids({ query: 'arztliche kurs' })).toEqual([]);
  });
  it('finds by case code', () => {
    expect(ids({ query: 'rt-2026-003' })).toEqual(['3']);
  });
  it('filters by status, topic area and responsible member', () => {
    expect(ids({ statuses: ['waiting', 'closed'] })).toEqual(['2', '3']);
    expect(ids({ topics: ['work', 'health'] })).toEqual(['3', '10']);
    expect(ids({ responsibleId: 'm2' })).toEqual(['3']);
  });
  it('filters by overdue follow-ups and by due Wiedervorlage (not for closed cases)', () => {
    expect(ids({ onlyOverdueFollowUps: true })).toEqual(['2']);
    expect(ids({ onlyResubmissionDue: true })).toEqual(['1']);
  });
  it('combines filters', () => {
    expect(ids({ topics: ['residence'], query: 'termin' })).toEqual(['2']);
    expect(ids({ topics: ['residence'], query: 'kurs' })).toEqual([]);
  });
  it('folds ß and umlauts', () => {
    expect(foldText('Straße Über')).toBe('strasse uber');
  });
});

describe('case list sorting', () => {
  it('sorts codes numerically, both directions', () => {
    expect(sortCases(cases, { column: 'code', direction: 'ascending' }).map((c) => c.id)).toEqual(['1', '2', '3', '10']);
    expect(sortCases(cases, { column: 'code', direction: 'descending' }).map((c) => c.id)).toEqual(['10', '3', '2', '1']);
  });
  it('sorts titles the German way (Ä with A)', () => {
    expect(sortCases(cases, { column: 'title', direction: 'ascending' }).map((c) => c.title)[0]).toBe('Ärztliche Versorgung');
  });
  it('sorts urgency by rank, not alphabetically', () => {
    expect(sortCases(cases, { column: 'urgency', direction: 'descending' })[0]?.id).toBe('2');
  });
  it('puts cases without a Wiedervorlage last', () => {
    expect(sortCases(cases, { column: 'resubmissionOn', direction: 'ascending' }).map((c) => c.id)).toEqual(['3', '1', '2', '10']);
    expect(sortCases(cases, { column: 'resubmissionOn', direction: 'descending' }).map((c) => c.id)).toEqual(['1', '3', '2', '10']);
  });
});

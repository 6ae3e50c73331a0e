import { describe, expect, it } from 'vitest';
import {
  addNotes,
  buildCaseSearchIndex,
  createCaseSearchIndex,
  finishNoteBuild,
  narrowsSearch,
  searchCaseIds,
  setCaseHeads,
  startNoteBuild,
} from '../../shared/cases/searchIndex';
import { queryTerms } from '../../shared/cases/search';

const cases = [
  { id: 'a', code: 'RT-2026-001', title: 'Wohnungssuche', summary: 'Familie mit zwei Kindern' },
  { id: 'b', code: 'RT-2026-010', title: 'Sprachkurs', summary: '' },
  { id: 'c', code: 'RT-2026-011', title: 'Ärztliche Versorgung', summary: 'Überweisung offen' },
  { id: 'd', code: 'RT-2026-100', title: 'Familiennachzug', summary: 'Straße' },
];
const notes = [
  { caseId: 'b', text: 'Termin bei der Ausländerbehörde' },
  { caseId: 'b', text: 'Kurs beim Träger angefragt' },
  { caseId: 'd', text: 'Wohnung in Aussicht' },
  { caseId: 'x', text: 'Notiz eines Falls, der nicht gelistet ist' },
];

/** What a search must answer: every word in the case's own text or one of its notes, folded. */
function expected(query: string): string[] | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  const fold = (s: string) => queryTerms(s).join(' ');
  return cases
    .filter((c) => {
      const texts = [c.code, c.title, c.summary, ...notes.filter((n) => n.caseId === c.id).map((n) => n.text)].map(fold);
      return terms.every((t) => texts.some((text) => text.includes(t)));
    })
    .map((c) => c.id);
}

describe('the case search index', () => {
  it('finds words of the case and of its notes, folded, every word needed', () => {
    const index = buildCaseSearchIndex(cases, notes);
    expect(searchCaseIds(index, 'AUSLANDERBEHORDE')).toEqual(['b']);
    expect(searchCaseIds(index, 'arztliche uberweisung')).toEqual(['c']);
    expect(searchCaseIds(index, 'strasse')).toEqual(['d']);
    expect(searchCaseIds(index, 'wohnung')).toEqual(['a', 'd']);
    expect(searchCaseIds(index, 'gelistet')).toEqual([]);
    expect(searchCaseIds(index, '   ')).toBeNull();
  });

  it('answers a sequence of typed queries exactly as a fresh index would, while narrowing from the previous matches', () => {
    const typed = ['r', 'rt', 'rt-2026-0', 'rt-2026-01', 'rt-2026-010', 'rt-2026-01', 'f', 'fa', 'fam', 'fami kind', 'familie kinder', 'wohn', 'wohnung aus', 'wohnung ausz', 'k', 'ku', 'kurs trager', 'Kurs Träger'];
    const index = buildCaseSearchIndex(cases, notes);
    for (const query of typed) {
      expect(searchCaseIds(index, query), query).toEqual(expected(query));
      expect(searchCaseIds(buildCaseSearchIndex(cases, notes), query), query).toEqual(expected(query));
    }
  });

  it('narrows only when every earlier word lies inside a new one', () => {
    expect(narrowsSearch(['wohn'], ['wohnung'])).toBe(true);
    expect(narrowsSearch(['wohn'], ['wohnung', 'kurs'])).toBe(true);
    expect(narrowsSearch(['wohnung'], ['wohn'])).toBe(false);
    expect(narrowsSearch(['wohn', 'kurs'], ['wohnung'])).toBe(false);
    expect(narrowsSearch([], ['a'])).toBe(true);
  });

  it('keeps searching the last complete notes while a new build fills, and drops a build a newer one replaced', () => {
    const index = createCaseSearchIndex();
    setCaseHeads(index, cases.map((c) => [c.id, `${c.code}\n${c.title}\n${c.summary}`]));
    expect(searchCaseIds(index, 'termin')).toEqual([]);
    startNoteBuild(index, 1);
    addNotes(index, 1, [['b', 'Termin']]);
    expect(index.notesComplete).toBe(false);
    expect(searchCaseIds(index, 'termin')).toEqual([]);
    expect(finishNoteBuild(index, 1)).toBe(true);
    expect(index.notesComplete).toBe(true);
    expect(searchCaseIds(index, 'termin')).toEqual(['b']);

    startNoteBuild(index, 2);
    addNotes(index, 2, [['c', 'Termin verlegt']]);
    startNoteBuild(index, 3);
    addNotes(index, 2, [['a', 'Termin']]);
    addNotes(index, 3, [['d', 'Termin']]);
    expect(finishNoteBuild(index, 2)).toBe(false);
    expect(searchCaseIds(index, 'termin')).toEqual(['b']);
    expect(finishNoteBuild(index, 3)).toBe(true);
    expect(searchCaseIds(index, 'termin')).toEqual(['d']);
  });

  it('sees a changed case title at once, also when the query only grew by a letter', () => {
    const index = buildCaseSearchIndex(cases, notes);
    expect(searchCaseIds(index, 'sprach')).toEqual(['b']);
    setCaseHeads(index, cases.map((c) => [c.id, `${c.code}\n${c.id === 'a' ? 'Sprachcafé' : c.title}\n${c.summary}`]));
    expect(searchCaseIds(index, 'sprachc')).toEqual(['a']);
  });
});

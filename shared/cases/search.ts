/**
 * Full-text search over cases: code, title, summary and notes. The index is built
 * in memory (it must be: free text will be encrypted at rest), folded to lower
 * case without diacritics so "Gesundheit" finds "gesundheit" and "Ä" finds "a".
 */

export interface SearchableCase {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly summary: string;
}

export interface SearchableNote {
  readonly caseId: string;
  readonly text: string;
}

/** caseId → folded text of the case and all its notes. */
export type CaseTextIndex = ReadonlyMap<string, string>;

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Folds text for matching: NFD without combining marks, lower case, ß → ss. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/ß/g, 'ss');
}

/** Splits a query into folded words; empty for a blank query. */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter((t) => t.length > 0);
}

/** Builds the text index from cases and their notes. */
export function buildCaseTextIndex(cases: Iterable<SearchableCase>, notes: Iterable<SearchableNote>): Map<string, string> {
  const parts = new Map<string, string[]>();
  for (const c of cases) parts.set(c.id, [c.code, c.title, c.summary]);
  for (const n of notes) parts.get(n.caseId)?.push(n.text);
  const index = new Map<string, string>();
  for (const [id, texts] of parts) index.set(id, foldText(texts.join('\n')));
  return index;
}

/** True when every term of the query occurs in the case's indexed text. */
export function matchesTerms(index: CaseTextIndex, caseId: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const text = index.get(caseId);
  if (text === undefined) return false;
  return terms.every((t) => text.includes(t));
}

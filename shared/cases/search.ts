/**
 * Full-text search over cases: code, title, summary and notes. The index is built
 * in memory (it must be: free text will be encrypted at rest; see searchIndex.ts),
 * folded to lower case without diacritics so "Gesundheit" finds "gesundheit" and "Ä" finds "a".
 */

export interface SearchableCase {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly summary: string;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Folds text for matching: NFD without combining marks, lower case, ß → ss. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/ß/g, 'ss');
}

/** Splits a query into folded words; empty for a blank query. */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter((t) => t.length > 0);
}

import { foldText, queryTerms, type SearchableCase } from './search';

/**
 * The case list's full-text index as a state that is filled step by step, so it can be
 * built off the UI thread (the search Worker) while the list is already usable:
 * - each case's own searchable text (code, title, summary) is folded once and kept
 *   while that text is unchanged;
 * - the notes are folded page by page into a new build, which replaces the current
 *   notes only when it is complete, so a search never sees half an index swapped in;
 * - a query that only extends the previous one (one more letter) searches only the
 *   previous matches, so each keystroke costs less than the one before.
 */

export interface CaseSearchIndex {
  /** caseId → its own text as given and folded. */
  heads: Map<string, { readonly source: string; readonly folded: string }>;
  /** caseId → its notes, folded and joined; from the last complete build. */
  notes: Map<string, string>;
  /** The notes build being filled, if any. */
  building: { readonly build: number; readonly notes: Map<string, string[]> } | null;
  /** True once a build of the notes has completed and none is running. */
  notesComplete: boolean;
  /** Changes whenever a search could give another answer. */
  version: number;
  /** The last search, to narrow the next one when it only extends it. */
  last: { readonly version: number; readonly terms: readonly string[]; readonly matches: readonly string[] } | null;
}

/** An empty index. */
export function createCaseSearchIndex(): CaseSearchIndex {
  return { heads: new Map(), notes: new Map(), building: null, notesComplete: false, version: 0, last: null };
}

/** The text of a case that is searched besides its notes. */
export function caseHeadText(c: SearchableCase): string {
  return `${c.code}\n${c.title}\n${c.summary}`;
}

/** Replaces the cases (id and caseHeadText); unchanged texts are not folded again. */
export function setCaseHeads(index: CaseSearchIndex, heads: readonly (readonly [string, string])[]): void {
  const next = new Map<string, { source: string; folded: string }>();
  for (const [id, source] of heads) {
    const known = index.heads.get(id);
    next.set(id, known && known.source === source ? known : { source, folded: foldText(source) });
  }
  index.heads = next;
  index.version++;
}

/** Starts a new build of the notes; a build still running is dropped. */
export function startNoteBuild(index: CaseSearchIndex, build: number): void {
  index.building = { build, notes: new Map() };
  index.notesComplete = false;
}

/** Adds one page of notes (caseId and text) to the build, if it is still the current one. */
export function addNotes(index: CaseSearchIndex, build: number, notes: readonly (readonly [string, string])[]): void {
  const building = index.building;
  if (building === null || building.build !== build) return;
  for (const [caseId, text] of notes) {
    const list = building.notes.get(caseId);
    const folded = foldText(text);
    if (list) list.push(folded);
    else building.notes.set(caseId, [folded]);
  }
}

/** Makes a finished build the notes that are searched; returns false for a build that was dropped. */
export function finishNoteBuild(index: CaseSearchIndex, build: number): boolean {
  const building = index.building;
  if (building === null || building.build !== build) return false;
  const notes = new Map<string, string>();
  for (const [caseId, texts] of building.notes) notes.set(caseId, texts.join('\n'));
  index.notes = notes;
  index.building = null;
  index.notesComplete = true;
  index.version++;
  return true;
}

/** A complete index in one go, from the cases and their notes (for tests and the Node benchmark). */
export function buildCaseSearchIndex(cases: Iterable<SearchableCase>, notes: Iterable<{ readonly caseId: string; readonly text: string }>): CaseSearchIndex {
  const index = createCaseSearchIndex();
  setCaseHeads(index, [...cases].map((c) => [c.id, caseHeadText(c)]));
  startNoteBuild(index, 0);
  addNotes(index, 0, [...notes].map((n) => [n.caseId, n.text]));
  finishNoteBuild(index, 0);
  return index;
}

/** True when every term of `previous` lies inside a term of `next`: then next's matches are among previous's. */
export function narrowsSearch(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((p) => next.some((n) => n.includes(p)));
}

/**
 * Ids of the cases whose own text or notes contain every word of the query (folded),
 * in the order the cases were given; null for a blank query (every case passes).
 */
export function searchCaseIds(index: CaseSearchIndex, query: string): string[] | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  const last = index.last;
  const candidates = last !== null && last.version === index.version && narrowsSearch(last.terms, terms) ? last.matches : index.heads.keys();
  const matches: string[] = [];
  for (const id of candidates) {
    const head = index.heads.get(id)?.folded ?? '';
    const notes = index.notes.get(id) ?? '';
    // A word never spans two texts (terms hold no line break), so looking in each is the same as in both joined.
    if (terms.every((term) => head.includes(term) || notes.includes(term))) matches.push(id);
  }
  index.last = { version: index.version, terms, matches };
  return matches;
}

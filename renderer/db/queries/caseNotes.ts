import type { CaseNote } from '../../../shared/model/caseNote';
import { db } from '../database';

/** Read functions for the notes of the case timeline, for use inside useLiveQuery. */

/** A case's live notes, oldest day first. */
export async function listCaseNotes(caseId: string): Promise<CaseNote[]> {
  const notes = await db.caseNotes.where('[caseId+date]').between([caseId, ''], [caseId, '\uffff']).toArray();
  return notes.filter((note) => note.deleted === null);
}

/** How many notes there are (erased ones too): read inside a live query, it tells that the notes changed. */
export function countCaseNotes(): Promise<number> {
  return db.caseNotes.count();
}

/**
 * One page of notes in key order after `afterId` (from the start for null): the live ones'
 * case and text, and the key to go on from (null at the end). The list's search index reads
 * the notes page by page, so no single read holds up the UI.
 */
export async function readNoteTextPage(afterId: string | null, limit: number): Promise<{ texts: [string, string][]; lastId: string | null }> {
  const page = await (afterId === null ? db.caseNotes.orderBy(':id') : db.caseNotes.where(':id').above(afterId)).limit(limit).toArray();
  const texts = page.filter((note) => note.deleted === null).map((note): [string, string] => [note.caseId, note.text]);
  return { texts, lastId: page.length < limit ? null : (page.at(-1)?.id ?? null) };
}

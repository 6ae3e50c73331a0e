import type { CaseNote } from '../../../shared/model/caseNote';
import { db } from '../database';

/** Read functions for the notes of the case timeline, for use inside useLiveQuery. */

/** A case's live notes, oldest day first. */
export async function listCaseNotes(caseId: string): Promise<CaseNote[]> {
  const notes = await db.caseNotes.where('[caseId+date]').between([caseId, ''], [caseId, '\uffff']).toArray();
  return notes.filter((note) => note.deleted === null);
}

/** Every live note's case and text: what the list's full-text index needs, nothing more. */
export async function listNoteTexts(): Promise<{ caseId: string; text: string }[]> {
  const notes = await db.caseNotes.toArray();
  return notes.filter((note) => note.deleted === null).map((note) => ({ caseId: note.caseId, text: note.text }));
}

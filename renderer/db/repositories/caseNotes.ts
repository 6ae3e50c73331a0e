import { AppFailure, type Result } from '../../../shared/errors/result';
import { caseNoteContentSchema, type CaseNote, type CaseNoteContent } from '../../../shared/model/caseNote';
import { now } from '../../platform/clock';
import { db } from '../database';
import { asResult, insertRecord, patchRecord, writeTransaction } from '../write';
import { readSetting } from './settings';

/**
 * Repository of the timeline's notes. A note is its own record, so two members
 * adding notes at the same time never conflict; only its author may correct it,
 * and a correction keeps the earlier wording in `revisions`.
 */

/**
 * True when the member this device speaks for wrote the note. A note written
 * before anyone said who they are (no author) stays correctable only as long as
 * nobody has: once a member is chosen, nobody can claim it.
 */
export function mayCorrectNote(note: Pick<CaseNoteContent, 'authorId'>, currentMemberId: string | null): boolean {
  return note.authorId === currentMemberId;
}

/** Adds a dated note to a live case, written by the current member. */
export function addCaseNote(caseId: string, note: { date: string; text: string }): Promise<Result<string>> {
  return asResult(() =>
    writeTransaction([db.cases, db.caseNotes], async () => {
      const owner = await db.cases.get(caseId);
      if (!owner || owner.deleted !== null) throw new AppFailure('db/not-found', `cases/${caseId}`);
      const content: CaseNoteContent = {
        caseId,
        date: note.date,
        authorId: await readSetting('currentMemberId'),
        text: note.text,
        revisions: [],
      };
      return insertRecord(db.caseNotes, caseNoteContentSchema, content);
    }),
  );
}

/** Corrects a note's text; only its author may, and the earlier text stays in its history. */
export function correctCaseNote(noteId: string, text: string): Promise<Result<CaseNote>> {
  return asResult(() =>
    writeTransaction([db.caseNotes], async () => {
      const note = await db.caseNotes.get(noteId);
      if (!note || note.deleted !== null) throw new AppFailure('db/not-found', `caseNotes/${noteId}`);
      if (!mayCorrectNote(note, await readSetting('currentMemberId'))) {
        throw new AppFailure('validation/invalid', 'authorId: only the author may correct a note');
      }
      const trimmed = text.trim();
      if (trimmed === note.text) return note;
      const revisions = [...note.revisions, { text: note.text, replacedAt: new Date(now()).toISOString() }];
      return patchRecord(db.caseNotes, caseNoteContentSchema, noteId, { text: trimmed, revisions });
    }),
  );
}

import { AppFailure, type Result } from '../../../shared/errors/result';
import { caseContentSchema, erasedCaseContent, nextCaseCode, type Case, type CaseContent } from '../../../shared/model/case';
import { erasedCaseNoteContent } from '../../../shared/model/caseNote';
import { db } from '../database';
import { asResult, insertRecord, patchRecord, tombstoneRecord, writeTransaction } from '../write';

/** Repository of cases: every write to the cases table goes through here. */

async function assertCodeFree(code: string, exceptId: string | null): Promise<void> {
  const clash = await db.cases
    .where('code')
    .equals(code)
    .filter((c) => c.deleted === null && c.id !== exceptId)
    .first();
  if (clash) throw new AppFailure('validation/invalid', 'code: validation.codeTaken');
}

/** Creates a case; the code must not be in use by another live case. */
export function createCase(content: CaseContent): Promise<Result<string>> {
  return asResult(() =>
    writeTransaction([db.cases], async () => {
      await assertCodeFree(content.code.trim(), null);
      return insertRecord(db.cases, caseContentSchema, content);
    }),
  );
}

/** Changes fields of a case. */
export function updateCase(id: string, patch: Partial<CaseContent>): Promise<Result<Case>> {
  return asResult(() =>
    writeTransaction([db.cases], async () => {
      if (patch.code !== undefined) await assertCodeFree(patch.code.trim(), id);
      return patchRecord(db.cases, caseContentSchema, id, patch);
    }),
  );
}

/**
 * Erases a case and its notes for good (GDPR erasure): the content is gone and
 * only tombstones remain, so the deletion reaches the other members' laptops.
 */
export function eraseCase(id: string): Promise<Result<void>> {
  return asResult(() =>
    writeTransaction([db.cases, db.caseNotes], async () => {
      await tombstoneRecord(db.cases, id, erasedCaseContent());
      const notes = await db.caseNotes.where('caseId').equals(id).toArray();
      for (const note of notes) await tombstoneRecord(db.caseNotes, note.id, erasedCaseNoteContent(id));
    }),
  );
}

/** The next free case code for a year, e.g. RT-2026-015. */
export async function suggestCaseCode(year: number): Promise<string> {
  const codes = await db.cases.where('code').startsWith(`RT-${year}-`).keys();
  return nextCaseCode(year, codes.map(String));
}

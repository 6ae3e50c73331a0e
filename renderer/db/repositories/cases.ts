import { AppFailure, type Result } from '../../../shared/errors/result';
import { caseContentSchema, erasedCaseContent, nextCaseCode, type Case, type CaseContent, type CaseStatus } from '../../../shared/model/case';
import { erasedCaseNoteContent } from '../../../shared/model/caseNote';
import { erasedFollowUpContent } from '../../../shared/model/followUp';
import { erasedHistoryEntryContent } from '../../../shared/model/historyEntry';
import { now } from '../../platform/clock';
import { db } from '../database';
import { asResult, insertRecord, patchRecord, tombstoneRecord, writeTransaction } from '../write';
import { appendHistoryEntry } from './history';

/**
 * Repository of cases: every write to the cases table goes through here. Status
 * changes, closing and the recycle bin write their history entry in the same
 * transaction, so the timeline can never miss one.
 */

type OpenStatus = Exclude<CaseStatus, 'closed'>;

async function assertCodeFree(code: string, exceptId: string | null): Promise<void> {
  const clash = await db.cases
    .where('code')
    .equals(code)
    .filter((c) => c.deleted === null && c.id !== exceptId)
    .first();
  if (clash) throw new AppFailure('validation/invalid', 'code: validation.codeTaken');
}

/** A closed case says when and why; an open one carries no closing day. */
function assertClosingComplete(content: Pick<CaseContent, 'status' | 'closedOn' | 'closingReason'>): void {
  if (content.status !== 'closed') return;
  if (content.closedOn === null) throw new AppFailure('validation/invalid', 'closedOn: validation.required');
  if (content.closingReason.trim() === '') throw new AppFailure('validation/invalid', 'closingReason: validation.required');
}

async function liveCase(id: string): Promise<Case> {
  const found = await db.cases.get(id);
  if (!found || found.deleted !== null) throw new AppFailure('db/not-found', `cases/${id}`);
  return found;
}

/** The history entry a change of status makes: closed, reopened, or a plain status change. */
async function recordStatusChange(before: Case, after: Case): Promise<void> {
  if (before.status === after.status) return;
  const kind = after.status === 'closed' ? 'case_closed' : before.status === 'closed' ? 'case_reopened' : 'case_status';
  await appendHistoryEntry({
    kind,
    entityId: after.id,
    caseId: after.id,
    from: before.status,
    to: after.status,
    reason: kind === 'case_closed' ? after.closingReason : '',
  });
}

/** Changes a live case inside a transaction that includes cases and history. */
async function changeCase(id: string, patch: Partial<CaseContent>): Promise<Case> {
  const before = await liveCase(id);
  const next = { ...before, ...patch };
  // Reopening forgets the closing day; the reason stays readable in the case_closed entry.
  if (patch.status !== undefined && patch.status !== 'closed' && before.status === 'closed') {
    Object.assign(patch, { closedOn: null, closingReason: '' });
  } else assertClosingComplete(next);
  if (patch.code !== undefined) await assertCodeFree(patch.code.trim(), id);
  const after = await patchRecord(db.cases, caseContentSchema, id, patch);
  await recordStatusChange(before, after);
  return after;
}

/** Creates a case; the code must not be in use by another live case. */
export function createCase(content: CaseContent): Promise<Result<string>> {
  return asResult(() =>
    writeTransaction([db.cases], async () => {
      assertClosingComplete(content);
      await assertCodeFree(content.code.trim(), null);
      return insertRecord(db.cases, caseContentSchema, content);
    }),
  );
}

/** Changes fields of a case; a change of status is written to its history at the same time. */
export function updateCase(id: string, patch: Partial<CaseContent>): Promise<Result<Case>> {
  return asResult(() => writeTransaction([db.cases, db.history], () => changeCase(id, { ...patch })));
}

/** Closes a case on a day for a reason (both required). */
export function closeCase(id: string, closing: { closedOn: string; reason: string }): Promise<Result<Case>> {
  return updateCase(id, { status: 'closed', closedOn: closing.closedOn, closingReason: closing.reason.trim() });
}

/** Opens a closed case again, by default as "in Bearbeitung". */
export function reopenCase(id: string, status: OpenStatus = 'in_progress'): Promise<Result<Case>> {
  return updateCase(id, { status });
}

/** Puts a case into the recycle bin: it leaves the list and can be restored (undo). */
export function trashCase(id: string): Promise<Result<Case>> {
  return asResult(() =>
    writeTransaction([db.cases, db.history], async () => {
      const before = await liveCase(id);
      if (before.trashedAt !== null) return before;
      const after = await patchRecord(db.cases, caseContentSchema, id, { trashedAt: new Date(now()).toISOString() });
      await appendHistoryEntry({ kind: 'case_trashed', entityId: id, caseId: id, from: null, to: null });
      return after;
    }),
  );
}

/** Takes a case out of the recycle bin again. */
export function restoreCase(id: string): Promise<Result<Case>> {
  return asResult(() =>
    writeTransaction([db.cases, db.history], async () => {
      const before = await liveCase(id);
      if (before.trashedAt === null) return before;
      const after = await patchRecord(db.cases, caseContentSchema, id, { trashedAt: null });
      await appendHistoryEntry({ kind: 'case_restored', entityId: id, caseId: id, from: null, to: null });
      return after;
    }),
  );
}

/**
 * Erases a case for good (GDPR erasure): the case, its notes, its follow-ups and
 * every history entry about them lose their content; only tombstones remain, so
 * the deletion reaches the other members' laptops.
 */
export function eraseCase(id: string): Promise<Result<void>> {
  return asResult(() =>
    writeTransaction([db.cases, db.caseNotes, db.followUps, db.history], async () => {
      await tombstoneRecord(db.cases, id, erasedCaseContent());
      const notes = await db.caseNotes.where('caseId').equals(id).toArray();
      for (const note of notes) await tombstoneRecord(db.caseNotes, note.id, erasedCaseNoteContent(id));
      const followUps = await db.followUps.where('caseId').equals(id).toArray();
      for (const followUp of followUps) await tombstoneRecord(db.followUps, followUp.id, erasedFollowUpContent(id));
      const entityIds = [id, ...followUps.map((f) => f.id)];
      const entries = [
        ...(await db.history.where('caseId').equals(id).toArray()),
        ...(await db.history.where('entityId').anyOf(entityIds).toArray()),
      ];
      const seen = new Set<string>();
      for (const entry of entries) {
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
        await tombstoneRecord(db.history, entry.id, erasedHistoryEntryContent(entry.entityId, entry.caseId));
      }
    }),
  );
}

/** The next free case code for a year, e.g. RT-2026-015. */
export async function suggestCaseCode(year: number): Promise<string> {
  const codes = await db.cases.where('code').startsWith(`RT-${year}-`).keys();
  return nextCaseCode(year, codes.map(String));
}

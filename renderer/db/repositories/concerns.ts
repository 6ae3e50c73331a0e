import { AppFailure, fail, ok, type Result } from '../../../shared/errors/result';
import { concernContentSchema, type Concern, type ConcernContent } from '../../../shared/model/concern';
import { now } from '../../platform/clock';
import { db } from '../database';
import { asResult, insertRecord, patchRecord, tombstoneRecord, writeTransaction } from '../write';
import { updateCase } from './cases';
import { appendHistoryEntry } from './history';

/**
 * Repository of Anliegen. A change of status and the approval of the public statement
 * are written to the history in the same transaction. Which cases belong to a concern
 * is stored on the cases (Case.concernIds) only — the one source of truth, so a link is
 * one write on one record and two laptops can never disagree about it; Concern.caseIds
 * stays empty and readers derive the cases from Case.concernIds.
 */

/** A new concern's content: title required, everything else optional. */
export function newConcernContent(title: string): ConcernContent {
  return {
    title,
    description: '',
    publicStatement: '',
    statementApprovedAt: null,
    status: 'collected',
    addressees: [],
    raisedOn: null,
    answeredOn: null,
    answer: '',
    caseIds: [],
  };
}

async function liveConcern(id: string): Promise<Concern> {
  const found = await db.concerns.get(id);
  if (!found || found.deleted !== null) throw new AppFailure('db/not-found', `concerns/${id}`);
  return found;
}

function cleanAddressees(addressees: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of addressees) {
    const name = raw.trim();
    if (name === '' || seen.has(name.toLocaleLowerCase('de'))) continue;
    seen.add(name.toLocaleLowerCase('de'));
    result.push(name);
  }
  return result;
}

/** Creates a concern; its approval state starts empty whatever the caller passed. */
export function createConcern(content: ConcernContent): Promise<Result<string>> {
  return asResult(() =>
    writeTransaction([db.concerns], () =>
      insertRecord(db.concerns, concernContentSchema, {
        ...content,
        addressees: cleanAddressees(content.addressees),
        statementApprovedAt: null,
        caseIds: [],
      }),
    ),
  );
}

/**
 * Changes fields of a concern. Editing the public statement withdraws its approval (the new
 * text was not scanned and approved); a change of status is written to the history.
 */
export function updateConcern(id: string, patch: Partial<Omit<ConcernContent, 'statementApprovedAt' | 'caseIds'>>): Promise<Result<Concern>> {
  return asResult(() =>
    writeTransaction([db.concerns, db.history], async () => {
      const before = await liveConcern(id);
      const next: Partial<ConcernContent> = { ...patch };
      if (patch.addressees !== undefined) next.addressees = cleanAddressees(patch.addressees);
      if (patch.publicStatement !== undefined && patch.publicStatement !== before.publicStatement) next.statementApprovedAt = null;
      const after = await patchRecord(db.concerns, concernContentSchema, id, next);
      if (before.status !== after.status) {
        await appendHistoryEntry({ kind: 'concern_status', entityId: id, caseId: null, from: before.status, to: after.status });
      }
      return after;
    }),
  );
}

/**
 * Approves the public statement as it stands now, after a person went through the scan's
 * findings. The statement must not be empty; the approval lasts until it is edited.
 */
export function approveStatement(id: string): Promise<Result<Concern>> {
  return asResult(() =>
    writeTransaction([db.concerns, db.history], async () => {
      const before = await liveConcern(id);
      if (before.publicStatement.trim() === '') throw new AppFailure('validation/invalid', 'publicStatement: validation.required');
      const after = await patchRecord(db.concerns, concernContentSchema, id, { statementApprovedAt: new Date(now()).toISOString() });
      await appendHistoryEntry({ kind: 'concern_statement_approved', entityId: id, caseId: null, from: null, to: null });
      return after;
    }),
  );
}

/** Links a case to a concern (or unlinks it), by changing the case's concernIds. */
export async function setCaseConcernLink(caseId: string, concernId: string, linked: boolean): Promise<Result<void>> {
  const found = await db.cases.get(caseId);
  if (!found || found.deleted !== null) return fail('db/not-found', `cases/${caseId}`);
  const has = found.concernIds.includes(concernId);
  if (has === linked) return ok(undefined);
  const concernIds = linked ? [...found.concernIds, concernId] : found.concernIds.filter((id) => id !== concernId);
  const result = await updateCase(caseId, { concernIds });
  return result.ok ? ok(undefined) : fail(result.error.code, result.error.message);
}

/** Erases a concern for good; cases keep a dangling id that every reader ignores. */
export function deleteConcern(id: string): Promise<Result<void>> {
  return asResult(() => writeTransaction([db.concerns], () => tombstoneRecord(db.concerns, id, newConcernContent('-'))));
}

import { AppFailure, type Result } from '../../shared/errors/result';
import { MergeError, recordConflicts, resolveConflict } from '../../shared/merge/record';
import { DELETED_KEY } from '../../shared/merge/versions';
import { ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName } from '../../shared/model/entities';
import type { ConflictVersion } from '../../shared/model/sync';
import { db } from '../db/database';
import { nextWriteContext } from '../db/device';
import { asResult, writeTransaction } from '../db/write';
import { blankContentOf } from './blanks';
import { fieldOf, syncTable, type AnyRecord } from './tables';

/**
 * The "Konflikte" review: every field that concurrent edits left with more than one
 * value, and pending erasures that met an edit. A choice is an ordinary stamped
 * local write that has seen every version, so it travels with the next exchange and
 * settles the same conflict on the other laptops.
 */

export interface ConflictItem {
  readonly table: EntityName;
  readonly recordId: string;
  /** What a person recognises the record by: case code and title, a title, a name, a date. */
  readonly label: string;
  /** The case the record belongs to, for a link (null when none). */
  readonly caseId: string | null;
  /**
   * The field, or 'deleted' for a disputed erasure: its versions are `{value: true}`;
   * choosing true erases the record, choosing false keeps it.
   */
  readonly field: string;
  /** The distinct values, the one shown now first, then newest first. */
  readonly versions: readonly ConflictVersion[];
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function labelOf(table: EntityName, record: AnyRecord, caseCodes: ReadonlyMap<string, string>): string {
  const f = (field: string) => str(fieldOf(record, field));
  switch (table) {
    case 'cases':
      return `${f('code')} – ${f('title')}`;
    case 'caseNotes':
      return `${caseCodes.get(f('caseId')) ?? f('caseId')} · ${f('date')}`;
    case 'meetings':
      return `${f('date')} ${f('place')}`.trim();
    case 'members':
      return f('name');
    case 'history':
      return `${f('kind')} · ${f('at').slice(0, 10)}`;
    case 'agendaItems':
    case 'followUps':
    case 'concerns':
      return f('title');
  }
}

function caseIdOf(table: EntityName, record: AnyRecord): string | null {
  if (table === 'cases') return record.id;
  const caseId = fieldOf(record, 'caseId');
  return typeof caseId === 'string' && caseId !== '' ? caseId : null;
}

/**
 * Every open conflict, in table order. One scan of each table per call (live
 * queries call it once per change, not per render); only records with conflicts
 * are decoded further.
 */
export async function listConflicts(): Promise<ConflictItem[]> {
  const found: { table: EntityName; record: AnyRecord }[] = [];
  for (const table of ENTITY_NAMES) {
    const records = await syncTable(table)
      .filter((record) => record.deleted === null && Object.keys(record.conflicts).length > 0)
      .toArray();
    for (const record of records) found.push({ table, record });
  }
  const noteCaseIds = found.filter((f) => f.table === 'caseNotes').map((f) => str(fieldOf(f.record, 'caseId')));
  const cases = await db.cases.bulkGet([...new Set(noteCaseIds)]);
  const caseCodes = new Map(cases.filter((c) => c !== undefined).map((c) => [c.id, c.code]));
  const items: ConflictItem[] = [];
  for (const { table, record } of found) {
    for (const conflict of recordConflicts(record)) {
      items.push({
        table,
        recordId: record.id,
        label: labelOf(table, record, caseCodes),
        caseId: caseIdOf(table, record),
        field: conflict.field,
        versions: conflict.versions,
      });
    }
  }
  return items;
}

/**
 * Settles one conflict with the chosen value (for 'deleted': true erases, false
 * keeps). A chosen field value is checked against the entity's schema like any edit.
 */
export function resolveRecordConflict(table: EntityName, recordId: string, field: string, chosenValue: unknown): Promise<Result<void>> {
  return asResult(() =>
    writeTransaction([syncTable(table)], async () => {
      const record = await syncTable(table).get(recordId);
      if (!record) throw new AppFailure('db/not-found', `${table}/${recordId}`);
      const erase = field === DELETED_KEY && chosenValue === true;
      const ctx = await nextWriteContext();
      let next: AnyRecord;
      try {
        next = resolveConflict(record, field, chosenValue, ctx, erase ? blankContentOf(table, record) : undefined);
      } catch (thrown) {
        if (thrown instanceof MergeError) throw new AppFailure('validation/invalid', `${field}: ${thrown.message}`);
        throw thrown;
      }
      // A chosen value is checked like any edit; keeping or erasing writes no new content.
      if (field !== DELETED_KEY) {
        const checked = ENTITY_SCHEMAS[table].safeParse(next);
        if (!checked.success) throw new AppFailure('validation/invalid', `${field}: ${checked.error.issues[0]?.message ?? 'validation.invalid'}`);
      }
      await syncTable(table).put(next);
    }),
  );
}

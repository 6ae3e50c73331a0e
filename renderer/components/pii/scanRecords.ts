import type { EntityName } from '../../../shared/model/entities';
import { detectPii, PII_TYPES, type PiiType } from '../../../shared/pii';

/**
 * The personal-data scan of everything that would leave in an exchange file: every free-text
 * field of every record, with the record named by its case code (or date/title) so a person
 * can find it. Pure, so the export summary and the tests share it.
 */

type LooseRecord = { readonly id: string; readonly deleted?: unknown } & Readonly<Record<string, unknown>>;
export type ScannableRecords = Readonly<Partial<Record<EntityName, readonly object[]>>>;

/** The free-text fields of each entity; titles count, because volunteers type names into them too. */
export const FREE_TEXT_FIELDS: Readonly<Partial<Record<EntityName, readonly string[]>>> = {
  cases: ['title', 'summary', 'closingReason'],
  caseNotes: ['text'],
  followUps: ['title', 'details', 'blockedReason', 'completionNote'],
  agendaItems: ['title', 'guest', 'moderationNotes', 'outcome'],
  meetings: ['minutes'],
  concerns: ['title', 'description', 'publicStatement', 'answer'],
  history: ['reason'],
};

export interface RecordFindings {
  readonly entity: EntityName;
  readonly id: string;
  /** The case code the record belongs to, or null (meetings, concerns). */
  readonly caseCode: string | null;
  readonly count: number;
}

export interface PiiScanSummary {
  readonly total: number;
  readonly byType: readonly { readonly type: PiiType; readonly count: number }[];
  readonly records: readonly RecordFindings[];
}

function textsOf(record: LooseRecord, fields: readonly string[]): string[] {
  const texts: string[] = [];
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string' && value !== '') texts.push(value);
  }
  return texts;
}

function caseIdOf(entity: EntityName, record: LooseRecord): string | null {
  if (entity === 'cases') return record.id;
  const caseId = record['caseId'];
  return typeof caseId === 'string' ? caseId : null;
}

/** Scans every live record's free text; counts findings per type and lists the records that hold any. */
export function scanRecordsForPii(records: ScannableRecords): PiiScanSummary {
  const codes = new Map<string, string>();
  for (const c of (records.cases ?? []) as LooseRecord[]) if (typeof c['code'] === 'string') codes.set(c.id, c['code']);
  const perType = new Map<PiiType, number>();
  const found: RecordFindings[] = [];
  for (const [entity, fields] of Object.entries(FREE_TEXT_FIELDS) as [EntityName, readonly string[]][]) {
    for (const record of (records[entity] ?? []) as LooseRecord[]) {
      if (record.deleted !== null && record.deleted !== undefined) continue;
      let count = 0;
      for (const text of textsOf(record, fields)) {
        for (const span of detectPii(text)) {
          perType.set(span.type, (perType.get(span.type) ?? 0) + 1);
          count += 1;
        }
      }
      if (count === 0) continue;
      const caseId = caseIdOf(entity, record);
      found.push({ entity, id: record.id, caseCode: caseId === null ? null : (codes.get(caseId) ?? null), count });
    }
  }
  const byType = PII_TYPES.filter((type) => perType.has(type)).map((type) => ({ type, count: perType.get(type) ?? 0 }));
  return { total: found.reduce((sum, r) => sum + r.count, 0), byType, records: found };
}

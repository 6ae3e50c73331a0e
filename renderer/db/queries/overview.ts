import { CASE_STATUSES, type Case } from '../../../shared/model/case';
import { db } from '../database';
import { readSetting } from '../repositories/settings';

/** Read functions for the Übersicht, for use inside useLiveQuery. */

function open(c: Case): boolean {
  return c.deleted === null && c.trashedAt === null && c.status !== 'closed';
}

/** Open cases whose Wiedervorlage date has come (on or before `today`), earliest first. */
export async function listResubmissionsDue(today: string): Promise<Case[]> {
  return db.cases.where('resubmissionOn').belowOrEqual(today).filter(open).toArray();
}

const OPEN_STATUSES = CASE_STATUSES.filter((status) => status !== 'closed');

/**
 * Open cases nobody is responsible for, by code. A case without a responsible member has no
 * entry in the responsibleIds index: the open cases' keys minus that index's keys are the ones
 * to read, so no other case record is loaded. (One key read per status: anyOf would step a cursor through each.)
 */
export async function listCasesWithoutResponsible(): Promise<Case[]> {
  const [openIds, assignedIds] = await Promise.all([Promise.all(OPEN_STATUSES.map((status) => db.cases.where('status').equals(status).primaryKeys())).then((keys) => keys.flat()), db.cases.orderBy('responsibleIds').primaryKeys()]);
  const assigned = new Set(assignedIds);
  const candidates = await db.cases.bulkGet(openIds.filter((id) => !assigned.has(id)));
  const found = candidates.filter((c): c is Case => c !== undefined && open(c) && c.responsibleIds.length === 0);
  return found.sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
}

/** When this device last exchanged a file with the others, or null when it never did. */
export function getLastExchangeAt(): Promise<string | null> {
  return readSetting('lastExchangeAt');
}

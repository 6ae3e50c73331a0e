import type { Case } from '../../../shared/model/case';
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

/** Open cases nobody is responsible for, by code. */
export async function listCasesWithoutResponsible(): Promise<Case[]> {
  const found = await db.cases.filter((c) => open(c) && c.responsibleIds.length === 0).toArray();
  return found.sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
}

/** When this device last exchanged a file with the others, or null when it never did. */
export function getLastExchangeAt(): Promise<string | null> {
  return readSetting('lastExchangeAt');
}

import type { HistoryEntry } from '../../../shared/model/historyEntry';
import { db } from '../database';

/** Read functions for the history, for use inside useLiveQuery. */

/** The live history entries that concern a case (its own and its follow-ups'), oldest first. */
export async function listCaseHistory(caseId: string): Promise<HistoryEntry[]> {
  const entries = await db.history.where('caseId').equals(caseId).toArray();
  return entries.filter((entry) => entry.deleted === null).sort((a, b) => a.at.localeCompare(b.at));
}

/** A case's history with the titles of the follow-ups it mentions (erased ones have none). */
export async function listCaseEvents(caseId: string): Promise<{ entries: HistoryEntry[]; followUpTitles: Map<string, string> }> {
  const entries = await listCaseHistory(caseId);
  const followUpIds = [...new Set(entries.filter((e) => e.kind.startsWith('follow_up_')).map((e) => e.entityId))];
  const followUps = await db.followUps.bulkGet(followUpIds);
  const followUpTitles = new Map<string, string>();
  for (const followUp of followUps) if (followUp && followUp.deleted === null) followUpTitles.set(followUp.id, followUp.title);
  return { entries, followUpTitles };
}

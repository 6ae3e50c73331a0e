import { suggestConcerns, type ConcernSuggestion } from '../../../shared/concerns/suggest';
import type { Case } from '../../../shared/model/case';
import type { Concern } from '../../../shared/model/concern';
import type { HistoryEntry } from '../../../shared/model/historyEntry';
import { db } from '../database';

/** Read functions for the Anliegen, for use inside useLiveQuery. Case links come from Case.concernIds. */

/** Live concerns, most recently changed first. */
export async function listConcerns(): Promise<Concern[]> {
  const all = await db.concerns.orderBy('updatedAt').reverse().toArray();
  return all.filter((c) => c.deleted === null);
}

/** One live concern, or undefined when it does not exist or was erased. */
export async function getConcern(id: string): Promise<Concern | undefined> {
  const found = await db.concerns.get(id);
  return found && found.deleted === null ? found : undefined;
}

/** How many live cases (outside the recycle bin) each concern has. */
export async function countCasesPerConcern(): Promise<Map<string, number>> {
  const cases = await db.cases.toArray();
  const counts = new Map<string, number>();
  for (const c of cases) {
    if (c.deleted !== null || c.trashedAt !== null) continue;
    for (const id of c.concernIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The cases linked to a concern, by code: id and code only, nothing else of the case. */
export async function listConcernCases(concernId: string): Promise<{ id: string; code: string }[]> {
  const cases = await db.cases.toArray();
  return cases
    .filter((c) => c.deleted === null && c.trashedAt === null && c.concernIds.includes(concernId))
    .map((c) => ({ id: c.id, code: c.code }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** A concern's history (status changes, approvals), oldest first. */
export async function listConcernHistory(concernId: string): Promise<HistoryEntry[]> {
  const entries = await db.history.where('entityId').equals(concernId).toArray();
  return entries.filter((e) => e.deleted === null).sort((a, b) => a.at.localeCompare(b.at));
}

/** The concerns a case is linked to, by title. Ids of erased concerns are skipped. */
export async function listCaseConcerns(caseId: string): Promise<Concern[]> {
  const found = await db.cases.get(caseId);
  if (!found || found.deleted !== null) return [];
  const concerns = await db.concerns.bulkGet(found.concernIds);
  return concerns.filter((c): c is Concern => c !== undefined && c.deleted === null).sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * Concerns the app suggests for a case (shared topic areas, shared block categories), with their titles.
 * Only cases that share a topic area with this case (topics index) or have a follow-up blocked in one
 * of its block categories (status index) can add to a suggestion, so only those are read, not every case.
 */
export async function listConcernSuggestions(caseId: string): Promise<(ConcernSuggestion & { title: string })[]> {
  const target = await db.cases.get(caseId);
  if (!target || target.deleted !== null) return [];
  const blocked = (await db.followUps.where('status').equals('blocked').toArray()).filter((f) => f.deleted === null);
  const ownCategories = new Set(blocked.filter((f) => f.caseId === caseId).map((f) => f.blockedCategory));
  // One plain index read per topic (a few requests), rather than thousands of single reads that would queue up before the rest of the page.
  const sharingTopic = (await Promise.all(target.topics.map((topic) => db.cases.where('topics').equals(topic).toArray()))).flat();
  const read = new Set(sharingTopic.map((c) => c.id));
  const sharingCategory = blocked.filter((f) => f.caseId !== null && ownCategories.has(f.blockedCategory) && !read.has(f.caseId)).map((f) => f.caseId as string);
  const [more, concerns] = await Promise.all([db.cases.bulkGet([...new Set(sharingCategory)]), listConcerns()]);
  const candidates = new Map<string, Case>();
  for (const c of [...sharingTopic, ...more]) if (c !== undefined && c.id !== caseId && c.deleted === null && c.trashedAt === null) candidates.set(c.id, c);
  const liveCases = [...candidates.values()];
  const titles = new Map(concerns.map((c) => [c.id, c.title]));
  return suggestConcerns(target, liveCases, blocked, concerns).map((s) => ({ ...s, title: titles.get(s.concernId) ?? '' }));
}

import { TOPIC_AREAS, type Case } from '../../../shared/model/case';
import { isOverdue } from '../../../shared/followUps/trafficLight';
import type { Collection } from 'dexie';
import { FOLLOW_UP_STATUSES } from '../../../shared/model/followUp';
import { db } from '../database';

const UNFINISHED_FOLLOW_UPS = FOLLOW_UP_STATUSES.filter((status) => status !== 'done');

/** Read functions for cases and what their screens show beside them, for use inside useLiveQuery. */

/** Live cases (not erased, not in the recycle bin), newest first. */
export async function listCases(): Promise<Case[]> {
  const all = await db.cases.orderBy('updatedAt').reverse().toArray();
  return all.filter(isListed);
}

function isListed(c: Case): boolean {
  return c.deleted === null && c.trashedAt === null;
}

/** Every live case by id, for views that name the case of any record. */
export async function casesById(): Promise<Map<string, Case>> {
  const all = await db.cases.toArray();
  return new Map(all.filter(isListed).map((c) => [c.id, c]));
}

/** Only the given live cases by id (a page that names a few cases reads just those); unknown ids are left out. */
export async function casesWithIds(ids: readonly string[]): Promise<Map<string, Case>> {
  const found = await db.cases.bulkGet([...new Set(ids)]);
  return new Map(found.filter((c): c is Case => c !== undefined && isListed(c)).map((c) => [c.id, c]));
}

// Only cases in the recycle bin have an entry in the trashedAt index (null is no IndexedDB key).
function inTrash(): Collection<Case, string> {
  return db.cases.orderBy('trashedAt').filter((c) => c.deleted === null && c.trashedAt !== null);
}

/** Cases in the recycle bin, most recently trashed first. */
export async function listTrashedCases(): Promise<Case[]> {
  const trashed = await inTrash().toArray();
  return trashed.sort((a, b) => (b.trashedAt ?? '').localeCompare(a.trashedAt ?? ''));
}

/** How many cases lie in the recycle bin. */
export function countTrashedCases(): Promise<number> {
  return inTrash().count();
}

/** One live case (also one in the recycle bin), or undefined when it does not exist or was erased. */
export async function getCase(id: string): Promise<Case | undefined> {
  const found = await db.cases.get(id);
  return found && found.deleted === null ? found : undefined;
}

/**
 * Topic areas users added themselves on any case, read from the multi-entry index. noneOf
 * walks only the key ranges around the known areas, skipping their thousands of entries.
 */
export async function listCustomTopics(): Promise<string[]> {
  const topics = await db.cases.where('topics').noneOf([...TOPIC_AREAS]).uniqueKeys();
  return topics.map(String);
}

/** Ids of the cases that have at least one overdue follow-up on the given day (finished ones are never read). */
export async function listCaseIdsWithOverdueFollowUps(today: string): Promise<Set<string>> {
  const due = await db.followUps.where('status').anyOf(UNFINISHED_FOLLOW_UPS).toArray();
  const ids = new Set<string>();
  for (const followUp of due) {
    if (followUp.deleted === null && followUp.caseId !== null && isOverdue(followUp, today)) ids.add(followUp.caseId);
  }
  return ids;
}

export interface MemberChoice {
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
}

/** Every member that is not erased, by name, for choosing who is responsible and naming authors. */
export async function listMemberChoices(): Promise<MemberChoice[]> {
  const members = await db.members.toArray();
  return members
    .filter((m) => m.deleted === null)
    .map((m) => ({ id: m.id, name: m.name, active: m.active }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The Anliegen that can be linked to a case, by title. */
export async function listConcernChoices(): Promise<{ id: string; title: string }[]> {
  const concerns = await db.concerns.toArray();
  return concerns
    .filter((c) => c.deleted === null)
    .map((c) => ({ id: c.id, title: c.title }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

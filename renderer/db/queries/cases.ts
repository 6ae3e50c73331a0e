import { TOPIC_AREAS, type Case } from '../../../shared/model/case';
import { isOverdue } from '../../../shared/followUps/trafficLight';
import { db } from '../database';

/** Read functions for cases and what their screens show beside them, for use inside useLiveQuery. */

/** Live cases (not erased, not in the recycle bin), newest first. */
export async function listCases(): Promise<Case[]> {
  const all = await db.cases.orderBy('updatedAt').reverse().toArray();
  return all.filter((c) => c.deleted === null && c.trashedAt === null);
}

/** Cases in the recycle bin, most recently trashed first. */
export async function listTrashedCases(): Promise<Case[]> {
  const all = await db.cases.toArray();
  return all
    .filter((c) => c.deleted === null && c.trashedAt !== null)
    .sort((a, b) => (b.trashedAt ?? '').localeCompare(a.trashedAt ?? ''));
}

/** How many cases lie in the recycle bin. */
export function countTrashedCases(): Promise<number> {
  return db.cases.filter((c) => c.deleted === null && c.trashedAt !== null).count();
}

/** One live case (also one in the recycle bin), or undefined when it does not exist or was erased. */
export async function getCase(id: string): Promise<Case | undefined> {
  const found = await db.cases.get(id);
  return found && found.deleted === null ? found : undefined;
}

const KNOWN_TOPICS: ReadonlySet<string> = new Set(TOPIC_AREAS);

/** Topic areas users added themselves on any case, read from the multi-entry index. */
export async function listCustomTopics(): Promise<string[]> {
  const topics = await db.cases.orderBy('topics').uniqueKeys();
  return topics.map(String).filter((topic) => !KNOWN_TOPICS.has(topic));
}

/** Ids of the cases that have at least one overdue follow-up on the given day. */
export async function listCaseIdsWithOverdueFollowUps(today: string): Promise<Set<string>> {
  const due = await db.followUps.where('dueOn').below(today).toArray();
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

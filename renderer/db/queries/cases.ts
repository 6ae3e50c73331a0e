import { TOPIC_AREAS, type Case } from '../../../shared/model/case';
import type { Collection } from 'dexie';
import { db } from '../database';
import { listOverdueFollowUps } from './followUps';


/** Read functions for cases and what their screens show beside them, for use inside useLiveQuery. */

// The order of the updatedAt index read backwards: newest first, equal times by id, highest first.
function newestFirst(a: Case, b: Case): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Live cases (not erased, not in the recycle bin), newest first. */
export async function listCases(): Promise<Case[]> {
  // One plain read of the table (IndexedDB's getAll) and a sort here: walking the updatedAt index
  // backwards would step a cursor through every one of 10,000 records, which costs seconds.
  const all = await db.cases.toArray();
  return all.filter(isListed).sort(newestFirst);
}

/** Extra keys read for the first page, so a few cases in the bin seldom need a second read. */
const FIRST_PAGE_SLACK = 20;

function isListed(c: Case): boolean {
  return c.deleted === null && c.trashedAt === null;
}

/**
 * The first live cases by opening day (newest first for 'descending'), read through the
 * openedOn index: what the case list shows while the whole list is still being read. The last
 * day of a full page is left out, as it may have more cases than the page holds, so sorting
 * the page (ties by code) gives exactly the beginning of the whole sorted list.
 */
export async function listFirstCasesByOpening(direction: 'ascending' | 'descending', limit: number): Promise<Case[]> {
  const byDay = db.cases.orderBy('openedOn');
  const ordered = direction === 'descending' ? byDay.reverse() : byDay;
  // Keys first (a key cursor reads no record), then the records in one bulk read: with the app
  // passphrase on, a cursor over the records would wait for each one's decryption in turn, while
  // a bulk read decrypts them all at once. Cases in the bin or erased are few; read on past them.
  let page: Case[] = [];
  for (let read = 0, batch = limit + FIRST_PAGE_SLACK; ; batch *= 2) {
    const keys = await ordered.clone().offset(read).limit(batch).primaryKeys();
    read += keys.length;
    const found = await db.cases.bulkGet(keys);
    page = page.concat(found.filter((c): c is Case => c !== undefined && isListed(c)));
    if (page.length >= limit || keys.length < batch) break;
  }
  page = page.slice(0, limit);
  const lastDay = page.length < limit ? null : (page.at(-1)?.openedOn ?? null);
  return lastDay === null ? page : page.filter((c) => c.openedOn !== lastDay);
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

/** Ids of the cases that have at least one overdue follow-up on the given day. */
export async function listCaseIdsWithOverdueFollowUps(today: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const followUp of await listOverdueFollowUps(today)) if (followUp.caseId !== null) ids.add(followUp.caseId);
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

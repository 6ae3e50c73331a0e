import Dexie from 'dexie';
import { isOverdue } from '../../../shared/followUps/trafficLight';
import { FOLLOW_UP_STATUSES, type FollowUp } from '../../../shared/model/followUp';
import type { HistoryEntry } from '../../../shared/model/historyEntry';
import { db } from '../database';

/** Read functions for follow-ups and their Ampeldokument history, for use inside useLiveQuery. */

function live(f: FollowUp): boolean {
  return f.deleted === null;
}

// Sorted as the status index orders them, so reading them one status after another keeps index order.
const UNFINISHED = FOLLOW_UP_STATUSES.filter((status) => status !== 'done').sort();

/** The unfinished follow-ups (erased ones too): one plain status-index read each, which IndexedDB answers in one go. */
async function readUnfinished(): Promise<FollowUp[]> {
  return (await Promise.all(UNFINISHED.map((status) => db.followUps.where('status').equals(status).toArray()))).flat();
}

/**
 * The live follow-ups that are overdue on `today`: for each unfinished status, the range of the
 * [status+dueOn] index before today (a follow-up without a due date is in no range), so only
 * overdue records are read — no key lists of every unfinished or every past-due follow-up.
 */
export async function listOverdueFollowUps(today: string): Promise<FollowUp[]> {
  const reads = UNFINISHED.map((status) => db.followUps.where('[status+dueOn]').between([status, Dexie.minKey], [status, today], true, false).toArray());
  return (await Promise.all(reads)).flat().filter((f) => live(f) && isOverdue(f, today));
}

/** Earliest due first, follow-ups without a due date last, then by creation. */
export function byDueDate(a: FollowUp, b: FollowUp): number {
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/** Every follow-up that was not erased, earliest due first. */
export async function listFollowUps(): Promise<FollowUp[]> {
  return (await db.followUps.filter(live).toArray()).sort(byDueDate);
}

/**
 * What "Tagesordnung vorbereiten" looks at for a meeting on `meetingDate`: unfinished follow-ups
 * that are blocked, overdue on `today` or due by the meeting, earliest due first. Read through the
 * [status+dueOn] and status indexes, so neither the tens of thousands of finished follow-ups of past
 * years nor the unfinished ones due later are loaded.
 */
export async function listFollowUpsForAgenda(meetingDate: string, today: string): Promise<FollowUp[]> {
  // Dated ones up to the later of both days through [status+dueOn] (a superset of "overdue or due by the
  // meeting", narrowed below); blocked ones whatever their date, through the status index.
  const until = meetingDate > today ? meetingDate : today;
  const reads = UNFINISHED.map((status) =>
    status === 'blocked'
      ? db.followUps.where('status').equals(status).toArray()
      : db.followUps.where('[status+dueOn]').between([status, Dexie.minKey], [status, until], true, true).toArray(),
  );
  return (await Promise.all(reads))
    .flat()
    .filter((f) => live(f) && (f.status === 'blocked' || (f.dueOn !== null && (f.dueOn < today || f.dueOn <= meetingDate))))
    .sort(byDueDate);
}

/** The follow-ups a member owns ("Meine Aufgaben"), earliest due first. */
export async function listFollowUpsOfOwner(memberId: string): Promise<FollowUp[]> {
  return (await db.followUps.where('ownerId').equals(memberId).filter(live).toArray()).sort(byDueDate);
}

/** The follow-ups of one case, earliest due first. */
export async function listFollowUpsOfCase(caseId: string): Promise<FollowUp[]> {
  // Filtered here, not with Collection.filter: that walks a cursor, one round trip per record,
  // each of which waits behind whatever the page is rendering; toArray is one getAll.
  return (await db.followUps.where('caseId').equals(caseId).toArray()).filter(live).sort(byDueDate);
}

/** One live follow-up, or undefined. */
export async function getFollowUp(id: string): Promise<FollowUp | undefined> {
  const found = await db.followUps.get(id);
  return found && live(found) ? found : undefined;
}

/** Every unfinished follow-up that was not erased, earliest due first (finished ones stay unread: status index). */
export async function listUnfinishedFollowUps(): Promise<FollowUp[]> {
  return (await readUnfinished()).filter(live).sort(byDueDate);
}

/** How many unfinished follow-ups were due before `today` (the navigation badge). */
export async function countOverdue(today: string): Promise<number> {
  return (await listOverdueFollowUps(today)).length;
}

/** The history of one follow-up, oldest first. */
export async function listFollowUpHistory(followUpId: string): Promise<HistoryEntry[]> {
  const entries = await db.history.where('entityId').equals(followUpId).toArray();
  return entries.filter((e) => e.deleted === null).sort(byTime);
}

function byTime(a: HistoryEntry, b: HistoryEntry): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1;
}

/** The history of many follow-ups at once (the Ampelliste), grouped by follow-up, oldest first. */
export async function historyByFollowUp(followUpIds: readonly string[]): Promise<Map<string, HistoryEntry[]>> {
  const entries = await db.history.where('entityId').anyOf([...followUpIds]).toArray();
  const grouped = new Map<string, HistoryEntry[]>();
  for (const entry of entries.filter((e) => e.deleted === null).sort(byTime)) {
    const list = grouped.get(entry.entityId) ?? [];
    list.push(entry);
    grouped.set(entry.entityId, list);
  }
  return grouped;
}

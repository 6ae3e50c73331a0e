import { numberAgenda } from '../../../shared/agenda/numbering';
import type { AdjournedItem } from '../../../shared/agenda/proposals';
import { pendingAdjourned } from '../../../shared/meetings/carryOver';
import type { AgendaItem, AgendaItemResult } from '../../../shared/model/agendaItem';
import type { FollowUp } from '../../../shared/model/followUp';
import type { Meeting, MeetingState } from '../../../shared/model/meeting';
import { db } from '../database';

/** Read functions for agenda items, for use inside useLiveQuery. */

function live<T extends { deleted: unknown }>(record: T): boolean {
  return record.deleted === null;
}

/** The live items of one meeting, in no particular order (numberAgenda orders them). */
export async function listAgendaItems(meetingId: string): Promise<AgendaItem[]> {
  return (await db.agendaItems.where('meetingId').equals(meetingId).toArray()).filter(live);
}

/** An adjourned item still waiting to be taken up, with the date of the meeting that adjourned it. */
export interface PendingAdjourned extends AdjournedItem {
  readonly meetingDate: string;
}

/**
 * Items adjourned (vertagt) in meetings before `date` that no later item has taken
 * up yet: "Tagesordnung vorbereiten" proposes them for the meeting on `date`.
 */
export async function listPendingAdjourned(date: string): Promise<PendingAdjourned[]> {
  // Only the adjourned items, the items that took one of them up and their meetings are read (result and
  // carriedFromId indexes): whether an item was taken up depends on nothing else.
  const adjourned = await db.agendaItems.where('result').equals('adjourned').toArray();
  if (adjourned.length === 0) return [];
  const [takers, meetings] = await Promise.all([
    db.agendaItems.where('carriedFromId').anyOf(adjourned.map((item) => item.id)).toArray(),
    db.meetings.bulkGet([...new Set(adjourned.map((item) => item.meetingId))]),
  ]);
  const dates = new Map(meetings.filter((m): m is Meeting => m !== undefined && live(m)).map((m) => [m.id, m.date]));
  // Each item once (an adjourned item may have taken up another), adjourned ones first in key order as read.
  const items = [...new Map([...adjourned, ...takers].map((item) => [item.id, item])).values()];
  return pendingAdjourned(items.filter(live))
    .filter((item) => (dates.get(item.meetingId) ?? '9999-12-31') < date)
    .map((item) => ({ id: item.id, title: item.title, kind: item.kind, caseIds: item.caseIds, meetingDate: dates.get(item.meetingId) ?? '' }));
}

/** One entry of a case's timeline: the case was on a meeting's agenda, with this outcome. */
export interface AgendaEntryForCase {
  readonly meetingId: string;
  readonly meetingDate: string;
  readonly meetingState: MeetingState;
  readonly itemId: string;
  readonly itemNumber: string;
  readonly title: string;
  readonly outcome: string;
  readonly result: AgendaItemResult;
  /** The item of an earlier meeting this one continues (vertagt or carried from a cancelled meeting). */
  readonly carriedFromId: string | null;
}

/**
 * Every agenda item a case was linked to, across meetings, oldest meeting first:
 * the case timeline shows each outcome in order.
 */
export async function agendaEntriesForCase(caseId: string): Promise<AgendaEntryForCase[]> {
  const linked = (await db.agendaItems.where('caseIds').equals(caseId).toArray()).filter(live);
  const meetingIds = [...new Set(linked.map((i) => i.meetingId))];
  // The meetings and their items in two reads side by side, not two reads per meeting one after another.
  const [meetings, items] = await Promise.all([db.meetings.bulkGet(meetingIds), db.agendaItems.where('meetingId').anyOf(meetingIds).toArray()]);
  const itemsOf = new Map<string, AgendaItem[]>();
  for (const item of items.filter(live)) {
    const ofMeeting = itemsOf.get(item.meetingId);
    if (ofMeeting) ofMeeting.push(item);
    else itemsOf.set(item.meetingId, [item]);
  }
  const entries: AgendaEntryForCase[] = [];
  for (const [index, meetingId] of meetingIds.entries()) {
    const meeting = meetings[index];
    if (!meeting || !live(meeting)) continue;
    const numbered = numberAgenda(itemsOf.get(meetingId) ?? []);
    for (const { item, number } of numbered) {
      if (!item.caseIds.includes(caseId)) continue;
      entries.push({
        meetingId,
        meetingDate: meeting.date,
        meetingState: meeting.state,
        itemId: item.id,
        itemNumber: number,
        title: item.title,
        outcome: item.outcome,
        result: item.result,
        carriedFromId: item.carriedFromId,
      });
    }
  }
  const order = new Map(entries.map((e, index) => [e.itemId, index]));
  return entries.sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0));
}

/** The follow-ups created for (linked to) the given agenda items, by item. */
export async function followUpsByAgendaItem(itemIds: readonly string[]): Promise<Map<string, FollowUp[]>> {
  const found = itemIds.length === 0 ? [] : await db.followUps.where('agendaItemId').anyOf([...itemIds]).toArray();
  const grouped = new Map<string, FollowUp[]>();
  for (const followUp of found.filter(live).sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (followUp.agendaItemId === null) continue;
    grouped.set(followUp.agendaItemId, [...(grouped.get(followUp.agendaItemId) ?? []), followUp]);
  }
  return grouped;
}

import type { Meeting } from '../../../shared/model/meeting';
import { db } from '../database';

/** Read functions for meetings, for use inside useLiveQuery. */

/** The next meeting after `today` that is neither cancelled nor held, or null when none is planned. */
export async function getNextMeeting(today: string): Promise<Meeting | null> {
  const upcoming = await db.meetings
    .where('date')
    .above(today)
    .filter((m) => m.deleted === null && (m.state === 'planned' || m.state === 'invited'))
    .first();
  return upcoming ?? null;
}

/** An agenda item a follow-up can be linked to, with its meeting's date. */
export interface AgendaItemChoice {
  readonly id: string;
  readonly title: string;
  readonly meetingDate: string | null;
}

/** Every live agenda item, newest meeting first, for linking follow-ups. */
export async function listAgendaItemChoices(): Promise<AgendaItemChoice[]> {
  const [items, meetings] = await Promise.all([db.agendaItems.toArray(), db.meetings.toArray()]);
  const dates = new Map(meetings.filter((m) => m.deleted === null).map((m) => [m.id, m.date]));
  return items
    .filter((item) => item.deleted === null)
    .map((item) => ({ id: item.id, title: item.title, meetingDate: dates.get(item.meetingId) ?? null }))
    .sort((a, b) => (b.meetingDate ?? '').localeCompare(a.meetingDate ?? '') || a.title.localeCompare(b.title));
}

function liveMeeting(m: Meeting): boolean {
  return m.deleted === null;
}

/** Every live meeting, latest date first (the Sitzungen list). */
export async function listMeetings(): Promise<Meeting[]> {
  return (await db.meetings.orderBy('date').reverse().toArray()).filter(liveMeeting);
}

/** One live meeting, or undefined when it does not exist or was erased. */
export async function getMeeting(id: string): Promise<Meeting | undefined> {
  const found = await db.meetings.get(id);
  return found && liveMeeting(found) ? found : undefined;
}

/** The first meeting after `date` that is not cancelled (the one that approves its minutes, and hears its follow-ups). */
export async function getMeetingAfter(date: string): Promise<Meeting | null> {
  return (await db.meetings.where('date').above(date).filter((m) => liveMeeting(m) && m.state !== 'cancelled').first()) ?? null;
}

/** The last meeting before `date` that was held: its minutes are approved at the meeting on `date`. */
export async function getHeldMeetingBefore(date: string): Promise<Meeting | null> {
  const before = await db.meetings.where('date').below(date).reverse().filter((m) => liveMeeting(m) && m.state === 'held').first();
  return before ?? null;
}

/** The date of the latest meeting that is planned or held (not cancelled), or null when there is none. */
export async function latestMeetingDate(): Promise<string | null> {
  const latest = await db.meetings.orderBy('date').reverse().filter((m) => liveMeeting(m) && m.state !== 'cancelled').first();
  return latest?.date ?? null;
}

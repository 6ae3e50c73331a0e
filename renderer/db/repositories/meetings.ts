import { AppFailure, type Result } from '../../../shared/errors/result';
import { planCarryOver } from '../../../shared/meetings/carryOver';
import { meetingRuleSchema, type MeetingRule, type StandingItem } from '../../../shared/meetings/rule';
import { agendaItemContentSchema, emptyAgendaItemContent } from '../../../shared/model/agendaItem';
import { newId } from '../../../shared/model/ids';
import {
  emptyMeetingContent,
  isMinutesLocked,
  meetingContentSchema,
  type Attendance,
  type Meeting,
  type MeetingContent,
  type MeetingGuest,
} from '../../../shared/model/meeting';
import { now } from '../../platform/clock';
import { db } from '../database';
import { asResult, insertRecord, patchRecord, writeTransaction } from '../write';
import { readSetting, writeSetting } from './settings';

/**
 * Repository of meetings (Sitzungen): fields, guests, attendance, the carry-over
 * when a meeting is cancelled, and the Protokoll's life: draft → finalised →
 * approved by the next meeting (locked) → amendments only.
 */

/** The message of the failure when something of a meeting with approved minutes is to change. */
export const MEETING_LOCKED = 'meeting: minutes approved, only amendments may be added';
/** The message of the failure when the agenda of a cancelled meeting is to change. */
export const MEETING_CANCELLED = 'meeting: cancelled, its agenda was carried over';

/** A live meeting, or a not-found failure. Call inside a transaction. */
export async function liveMeeting(id: string): Promise<Meeting> {
  const found = await db.meetings.get(id);
  if (!found || found.deleted !== null) throw new AppFailure('db/not-found', `meetings/${id}`);
  return found;
}

/** Refuses any change to a meeting whose minutes were approved, or to a cancelled one's agenda. */
export function assertEditable(meeting: MeetingContent): void {
  if (isMinutesLocked(meeting)) throw new AppFailure('validation/invalid', MEETING_LOCKED);
  if (meeting.state === 'cancelled') throw new AppFailure('validation/invalid', MEETING_CANCELLED);
}

function inTransaction<T>(work: () => Promise<T>): Promise<Result<T>> {
  return asResult(() => writeTransaction([db.meetings, db.agendaItems], work));
}

/** The stored rule for the next meeting and new meetings, or null before anyone set one. */
export function readMeetingRule(): Promise<MeetingRule | null> {
  return readSetting('meetingRule');
}

/** Keeps the rule in Einstellungen (this device). */
export function saveMeetingRule(rule: MeetingRule): Promise<Result<void>> {
  const parsed = meetingRuleSchema.safeParse(rule);
  if (!parsed.success) return Promise.resolve({ ok: false, error: { code: 'validation/invalid', message: parsed.error.issues[0]?.message ?? 'rule' } });
  return writeSetting('meetingRule', parsed.data);
}

/** What the meeting form edits. */
export type MeetingEdit = Partial<Pick<MeetingContent, 'date' | 'startTime' | 'plannedMinutes' | 'place' | 'moderatorId' | 'minuteTakerId' | 'state'>>;

/** Inserts a meeting and its standing items. Call inside a transaction. */
async function insertMeeting(content: MeetingContent, standingItems: readonly StandingItem[]): Promise<string> {
  const id = await insertRecord(db.meetings, meetingContentSchema, content);
  let position = 0;
  for (const standing of standingItems) {
    position += 1;
    await insertRecord(db.agendaItems, agendaItemContentSchema, {
      ...emptyAgendaItemContent(id, standing.title, standing.kind, position),
      standing: true,
      plannedMinutes: standing.plannedMinutes,
      isPublic: standing.kind === 'case' ? false : standing.isPublic,
    });
  }
  return id;
}

/** Creates a planned meeting whose agenda opens with the standing items; returns its id. */
export function createMeeting(fields: Required<Omit<MeetingEdit, 'state'>>, standingItems: readonly StandingItem[]): Promise<Result<string>> {
  return inTransaction(() =>
    insertMeeting(
      {
        ...emptyMeetingContent(fields.date, fields.startTime, fields.plannedMinutes, fields.place.trim()),
        moderatorId: fields.moderatorId,
        minuteTakerId: fields.minuteTakerId,
      },
      standingItems,
    ),
  );
}

/**
 * Changes a meeting's fields. Moving it (a new date or time) keeps its agenda: the
 * items belong to the meeting, not to a date. Cancelling goes through cancelMeeting.
 */
export function updateMeeting(id: string, edit: MeetingEdit): Promise<Result<Meeting>> {
  return inTransaction(async () => {
    const meeting = await liveMeeting(id);
    if (isMinutesLocked(meeting)) throw new AppFailure('validation/invalid', MEETING_LOCKED);
    if (edit.state === 'cancelled' && meeting.state !== 'cancelled') throw new AppFailure('validation/invalid', 'state: validation.invalid');
    const patch: Partial<MeetingContent> = edit.place === undefined ? edit : { ...edit, place: edit.place.trim() };
    return patchRecord(db.meetings, meetingContentSchema, id, patch);
  });
}

/** Where a cancelled meeting's agenda goes: an existing meeting, or a new one at a date. */
export type CarryTarget =
  | { readonly kind: 'existing'; readonly meetingId: string }
  | { readonly kind: 'new'; readonly date: string; readonly startTime: string; readonly standingItems: readonly StandingItem[] };

/**
 * Cancels a meeting and carries every item that was not done (except standing
 * items) to the target meeting, as copies that point back to the originals, which
 * are marked vertagt. Nothing is lost: the cancelled meeting keeps its agenda as it
 * was, and says where it went. Returns the target meeting's id.
 */
export function cancelMeeting(id: string, target: CarryTarget): Promise<Result<string>> {
  return inTransaction(async () => {
    const meeting = await liveMeeting(id);
    assertEditable(meeting);
    if (meeting.state === 'held') throw new AppFailure('validation/invalid', 'state: validation.invalid');
    let targetId: string;
    if (target.kind === 'existing') {
      if (target.meetingId === id) throw new AppFailure('validation/invalid', 'meetingId: validation.invalid');
      assertEditable(await liveMeeting(target.meetingId));
      targetId = target.meetingId;
    } else {
      const like = { ...emptyMeetingContent(target.date, target.startTime, meeting.plannedMinutes, meeting.place), moderatorId: meeting.moderatorId, minuteTakerId: meeting.minuteTakerId };
      targetId = await insertMeeting(like, target.standingItems);
    }
    const items = (await db.agendaItems.where('meetingId').equals(id).toArray()).filter((i) => i.deleted === null);
    const targetItems = (await db.agendaItems.where('meetingId').equals(targetId).toArray()).filter((i) => i.deleted === null);
    const after = targetItems.filter((i) => i.parentId === null).reduce((max, i) => Math.max(max, i.position), 0);
    const copies = new Map<string, string>();
    const guests: MeetingGuest[] = [];
    for (const placement of planCarryOver(items, after)) {
      const source = items.find((i) => i.id === placement.sourceId);
      if (!source) continue;
      const parentId = placement.parentSourceId === null ? null : (copies.get(placement.parentSourceId) ?? null);
      const copyId = await insertRecord(db.agendaItems, agendaItemContentSchema, {
        ...source,
        meetingId: targetId,
        parentId,
        position: placement.position,
        result: 'open',
        carriedFromId: source.id,
        elapsedSeconds: 0,
      });
      copies.set(source.id, copyId);
      for (const guest of meeting.guests.filter((g) => g.agendaItemId === source.id)) {
        guests.push({ ...guest, id: newId(), agendaItemId: copyId, presence: null, arrivedAt: null, leftAt: null });
      }
      if (source.result === 'open') await patchRecord(db.agendaItems, agendaItemContentSchema, source.id, { result: 'adjourned' });
    }
    // Guests invited for no particular item come along too; the cancelled meeting keeps its own list as it was.
    for (const guest of meeting.guests.filter((g) => g.agendaItemId === null)) {
      guests.push({ ...guest, id: newId(), presence: null, arrivedAt: null, leftAt: null });
    }
    if (guests.length > 0) {
      const receiving = await liveMeeting(targetId);
      await patchRecord(db.meetings, meetingContentSchema, targetId, { guests: [...receiving.guests, ...guests] });
    }
    await patchRecord(db.meetings, meetingContentSchema, id, { state: 'cancelled', carriedToId: targetId });
    return targetId;
  });
}

async function changeMeeting(id: string, change: (meeting: Meeting) => Partial<MeetingContent>): Promise<Meeting> {
  const meeting = await liveMeeting(id);
  if (isMinutesLocked(meeting)) throw new AppFailure('validation/invalid', MEETING_LOCKED);
  return patchRecord(db.meetings, meetingContentSchema, id, change(meeting));
}

/** Records one member's attendance; null presence takes the member off the list. */
export function setAttendance(meetingId: string, entry: Attendance | { readonly memberId: string; readonly presence: null }): Promise<Result<Meeting>> {
  return inTransaction(() =>
    changeMeeting(meetingId, (meeting) => {
      const others = meeting.attendance.filter((a) => a.memberId !== entry.memberId);
      return { attendance: entry.presence === null ? others : [...others, entry] };
    }),
  );
}

/** Adds a guest (no id) or changes one (with id). */
export function saveGuest(meetingId: string, guest: Omit<MeetingGuest, 'id'> & { readonly id?: string }): Promise<Result<Meeting>> {
  return inTransaction(() =>
    changeMeeting(meetingId, (meeting) => {
      const id = guest.id ?? newId();
      const next: MeetingGuest = { ...guest, id, organisation: guest.organisation.trim(), role: guest.role.trim() };
      const exists = meeting.guests.some((g) => g.id === id);
      return { guests: exists ? meeting.guests.map((g) => (g.id === id ? next : g)) : [...meeting.guests, next] };
    }),
  );
}

/** Takes a guest off the list. */
export function removeGuest(meetingId: string, guestId: string): Promise<Result<Meeting>> {
  return inTransaction(() => changeMeeting(meetingId, (meeting) => ({ guests: meeting.guests.filter((g) => g.id !== guestId) })));
}

/** Remembers that a proposal was rejected (or, with `dismissed` false, offers it again). */
export function dismissProposal(meetingId: string, key: string, dismissed = true): Promise<Result<Meeting>> {
  return inTransaction(() =>
    changeMeeting(meetingId, (meeting) => {
      const others = meeting.dismissedProposals.filter((k) => k !== key);
      return { dismissedProposals: dismissed ? [...others, key] : others };
    }),
  );
}

/** Saves the minute-taker's text of the Protokoll; refused once it is finalised. */
export function saveMinutesDraft(meetingId: string, minutes: string): Promise<Result<Meeting>> {
  return inTransaction(() =>
    changeMeeting(meetingId, (meeting) => {
      if (meeting.minutesFinalisedAt !== null) throw new AppFailure('validation/invalid', 'minutes: validation.invalid');
      return { minutes };
    }),
  );
}

/** Declares the Protokoll complete; from now on it waits for approval. */
export function finaliseMinutes(meetingId: string): Promise<Result<Meeting>> {
  return inTransaction(() =>
    changeMeeting(meetingId, (meeting) => {
      if (meeting.minutes.trim() === '') throw new AppFailure('validation/invalid', 'minutes: validation.required');
      return { minutesFinalisedAt: meeting.minutesFinalisedAt ?? new Date(now()).toISOString() };
    }),
  );
}

/** Opens finalised minutes for editing again (only before they are approved). */
export function reopenMinutes(meetingId: string): Promise<Result<Meeting>> {
  return inTransaction(() => changeMeeting(meetingId, () => ({ minutesFinalisedAt: null })));
}

/** The next meeting approves the finalised minutes: from now on they are locked. */
export function approveMinutes(meetingId: string, approvingMeetingId: string): Promise<Result<Meeting>> {
  return inTransaction(async () => {
    await liveMeeting(approvingMeetingId);
    return changeMeeting(meetingId, (meeting) => {
      if (meeting.minutesFinalisedAt === null) throw new AppFailure('validation/invalid', 'minutes: validation.invalid');
      return { minutesApprovedAt: new Date(now()).toISOString(), minutesApprovedInId: approvingMeetingId };
    });
  });
}

/** Appends a correction to approved minutes; the approved text itself never changes. */
export function addAmendment(meetingId: string, text: string): Promise<Result<Meeting>> {
  return inTransaction(async () => {
    const meeting = await liveMeeting(meetingId);
    if (!isMinutesLocked(meeting)) throw new AppFailure('validation/invalid', 'minutes: validation.invalid');
    const trimmed = text.trim();
    if (trimmed === '') throw new AppFailure('validation/invalid', 'amendment: validation.required');
    const amendment = { id: newId(), at: new Date(now()).toISOString(), memberId: await readSetting('currentMemberId'), text: trimmed };
    return patchRecord(db.meetings, meetingContentSchema, meetingId, { amendments: [...meeting.amendments, amendment] });
  });
}

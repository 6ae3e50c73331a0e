import { z } from 'zod';
import { isoDay } from './dates';
import type { Stored } from './sync';

/** A Sitzung of the round table with its attendance and minutes. */

export const MEETING_STATES = ['planned', 'invited', 'held', 'cancelled'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const ATTENDANCE = ['present', 'excused', 'absent'] as const;
export type Presence = (typeof ATTENDANCE)[number];

/** A clock time `HH:MM` (00:00 to 23:59). */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' });

/** An invited guest: organisation and function, for which item, invited yet, and whether they came. */
export const meetingGuestSchema = z.object({
  id: z.string().max(64),
  organisation: z.string().trim().min(1, { message: 'validation.required' }).max(200, { message: 'validation.tooLong' }),
  role: z.string().max(200, { message: 'validation.tooLong' }),
  agendaItemId: z.string().max(64).nullable(),
  invited: z.boolean(),
  presence: z.enum(ATTENDANCE).nullable(),
  arrivedAt: clockTime.nullable(),
  leftAt: clockTime.nullable(),
});
export type MeetingGuest = z.infer<typeof meetingGuestSchema>;

/** One member's attendance; arrival and leaving are optional clock times. */
export const attendanceSchema = z.object({
  memberId: z.string().max(64),
  presence: z.enum(ATTENDANCE),
  arrivedAt: clockTime.nullable(),
  leftAt: clockTime.nullable(),
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** A correction to approved minutes: who, when, what. */
export const amendmentSchema = z.object({
  id: z.string().max(64),
  at: z.string().max(40),
  memberId: z.string().max(64).nullable(),
  text: z.string().trim().min(1, { message: 'validation.required' }).max(20000, { message: 'validation.tooLong' }),
});
export type Amendment = z.infer<typeof amendmentSchema>;

export const meetingContentSchema = z.object({
  date: isoDay,
  startTime: clockTime,
  plannedMinutes: z.number().int().min(0).max(24 * 60),
  place: z.string().max(200, { message: 'validation.tooLong' }),
  moderatorId: z.string().max(64).nullable(),
  minuteTakerId: z.string().max(64).nullable(),
  state: z.enum(MEETING_STATES),
  guests: z.array(meetingGuestSchema).max(100),
  attendance: z.array(attendanceSchema).max(500),
  minutes: z.string().max(200000),
  minutesApprovedAt: z.string().max(40).nullable(),
  /** When the minute-taker declared the Protokoll complete; it can be approved from then on. */
  minutesFinalisedAt: z.string().max(40).nullable(),
  /** The meeting whose Genehmigung des Protokolls approved these minutes (and locked them). */
  minutesApprovedInId: z.string().max(64).nullable(),
  /** Changes after approval: the locked minutes stay as approved, corrections are appended here. */
  amendments: z.array(amendmentSchema).max(500),
  /** Keys of "Tagesordnung vorbereiten" proposals the moderator rejected, so they are not offered again. */
  dismissedProposals: z.array(z.string().max(200)).max(2000),
  /** For a cancelled meeting: the meeting its open agenda items were carried to. */
  carriedToId: z.string().max(64).nullable(),
});

export type MeetingContent = z.infer<typeof meetingContentSchema>;
export type Meeting = Stored<MeetingContent>;

/** A new meeting's content: planned, no attendance, no minutes yet. */
export function emptyMeetingContent(date: string, startTime: string, plannedMinutes: number, place: string): MeetingContent {
  return {
    date,
    startTime,
    plannedMinutes,
    place,
    moderatorId: null,
    minuteTakerId: null,
    state: 'planned',
    guests: [],
    attendance: [],
    minutes: '',
    minutesApprovedAt: null,
    minutesFinalisedAt: null,
    minutesApprovedInId: null,
    amendments: [],
    dismissedProposals: [],
    carriedToId: null,
  };
}

/** Approved minutes are locked: only amendments may be added. */
export function isMinutesLocked(meeting: Pick<MeetingContent, 'minutesApprovedAt'>): boolean {
  return meeting.minutesApprovedAt !== null;
}


/** What an erased meeting keeps: a valid shape for its tombstone, none of its content. */
export function erasedMeetingContent(): MeetingContent {
  return { ...emptyMeetingContent('1970-01-01', '00:00', 0, ''), state: 'cancelled' };
}

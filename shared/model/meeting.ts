import { z } from 'zod';
import { isoDay } from './dates';
import type { Stored } from './sync';

/** A Sitzung of the round table with its attendance and minutes. */

export const MEETING_STATES = ['planned', 'invited', 'held', 'cancelled'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const ATTENDANCE = ['present', 'excused', 'absent'] as const;

export const meetingContentSchema = z.object({
  date: isoDay,
  startTime: z.string().regex(/^\d{2}:\d{2}$/, { message: 'validation.time' }),
  plannedMinutes: z.number().int().min(0).max(24 * 60),
  place: z.string().max(200, { message: 'validation.tooLong' }),
  moderatorId: z.string().max(64).nullable(),
  minuteTakerId: z.string().max(64).nullable(),
  state: z.enum(MEETING_STATES),
  guests: z
    .array(z.object({ id: z.string().max(64), organisation: z.string().max(200), role: z.string().max(200), agendaItemId: z.string().max(64).nullable() }))
    .max(100),
  attendance: z
    .array(z.object({ memberId: z.string().max(64), presence: z.enum(ATTENDANCE), arrivedAt: z.string().max(5).nullable(), leftAt: z.string().max(5).nullable() }))
    .max(500),
  minutes: z.string().max(200000),
  minutesApprovedAt: z.string().max(40).nullable(),
});

export type MeetingContent = z.infer<typeof meetingContentSchema>;
export type Meeting = Stored<MeetingContent>;

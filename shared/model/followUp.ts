import { z } from 'zod';
import { isoDay } from './dates';
import type { Stored } from './sync';

/** An Aufgabe/Maßnahme: who does what by when, with a traffic light (Ampel). */

export const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'done', 'blocked'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const BLOCK_CATEGORIES = ['authority', 'missing_documents', 'appointment', 'funding', 'other'] as const;
export type BlockCategory = (typeof BLOCK_CATEGORIES)[number];

export const TRAFFIC_LIGHTS = ['green', 'yellow', 'red'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

export const followUpContentSchema = z.object({
  title: z.string().trim().min(1, { message: 'validation.required' }).max(200, { message: 'validation.tooLong' }),
  details: z.string().max(20000, { message: 'validation.tooLong' }),
  caseId: z.string().max(64).nullable(),
  agendaItemId: z.string().max(64).nullable(),
  ownerId: z.string().max(64).nullable(),
  dueOn: isoDay.nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  waitingOnThirdParty: z.boolean(),
  blockedReason: z.string().max(2000),
  blockedCategory: z.enum(BLOCK_CATEGORIES).nullable(),
  completionNote: z.string().max(20000),
  lightOverride: z.object({ light: z.enum(TRAFFIC_LIGHTS), reason: z.string().min(1).max(500) }).nullable(),
});

export type FollowUpContent = z.infer<typeof followUpContentSchema>;
export type FollowUp = Stored<FollowUpContent>;

/** What an erased follow-up keeps: its case link for the tombstone, no words of its content. */
export function erasedFollowUpContent(caseId: string | null): FollowUpContent {
  return {
    title: '-',
    details: '',
    caseId,
    agendaItemId: null,
    ownerId: null,
    dueOn: null,
    status: 'open',
    waitingOnThirdParty: false,
    blockedReason: '',
    blockedCategory: null,
    completionNote: '',
    lightOverride: null,
  };
}

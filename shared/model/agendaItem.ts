import { z } from 'zod';
import type { Stored } from './sync';

/** A Tagesordnungspunkt (TOP) of a meeting. Case discussions are always non-public. */

export const AGENDA_ITEM_KINDS = ['case', 'report', 'guest', 'concern', 'organisational', 'misc'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const AGENDA_ITEM_RESULTS = ['open', 'done', 'adjourned'] as const;
export type AgendaItemResult = (typeof AGENDA_ITEM_RESULTS)[number];

export const agendaItemContentSchema = z.object({
  meetingId: z.string().min(1).max(64),
  parentId: z.string().max(64).nullable(),
  /** Position among its siblings; the visible number (1, 2, 2.1) is derived. */
  position: z.number().finite(),
  title: z.string().trim().min(1, { message: 'validation.required' }).max(300, { message: 'validation.tooLong' }),
  kind: z.enum(AGENDA_ITEM_KINDS),
  standing: z.boolean(),
  caseIds: z.array(z.string().max(64)).max(50),
  concernId: z.string().max(64).nullable(),
  presenterId: z.string().max(64).nullable(),
  plannedMinutes: z.number().int().min(0).max(600),
  isPublic: z.boolean(),
  interpreterLanguage: z.string().max(60).nullable(),
  affectedPersonSpeaks: z.boolean(),
  guest: z.string().max(200),
  moderationNotes: z.string().max(20000),
  outcome: z.string().max(20000),
  result: z.enum(AGENDA_ITEM_RESULTS),
  carriedFromId: z.string().max(64).nullable(),
  /** Time spent on the item in the meeting (Sitzungsmodus timer), in seconds. */
  elapsedSeconds: z.number().int().min(0).max(24 * 60 * 60),
});

export type AgendaItemContent = z.infer<typeof agendaItemContentSchema>;
export type AgendaItem = Stored<AgendaItemContent>;

/** A new item's content with defaults; a Fallbesprechung starts (and stays) non-public. */
export function emptyAgendaItemContent(meetingId: string, title: string, kind: AgendaItemKind, position: number): AgendaItemContent {
  return {
    meetingId,
    parentId: null,
    position,
    title,
    kind,
    standing: false,
    caseIds: [],
    concernId: null,
    presenterId: null,
    plannedMinutes: kind === 'case' ? 15 : 10,
    isPublic: kind !== 'case',
    interpreterLanguage: null,
    affectedPersonSpeaks: false,
    guest: '',
    moderationNotes: '',
    outcome: '',
    result: 'open',
    carriedFromId: null,
    elapsedSeconds: 0,
  };
}

/** What an erased item keeps: its meeting link for the tombstone, none of its words. */
export function erasedAgendaItemContent(meetingId: string): AgendaItemContent {
  return { ...emptyAgendaItemContent(meetingId, '-', 'misc', 0), isPublic: false };
}

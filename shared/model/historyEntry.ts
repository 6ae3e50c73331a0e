import { z } from 'zod';
import { TRAFFIC_LIGHTS } from './followUp';
import type { Stored } from './sync';

/**
 * An append-only history entry: who changed what, when and why. One record per
 * event, so concurrent changes on two laptops never overwrite each other's history.
 * It carries the follow-ups' Ampeldokument history and the case timeline's
 * automatic entries (status changes, follow-ups created or done).
 * For 'follow_up_light' (manual override), `to` is the chosen light, or null when
 * the override was cleared; `light` is always the light that resulted.
 * 'concern_status' and 'concern_statement_approved' belong to an Anliegen (entityId), with caseId null.
 */
export const HISTORY_KINDS = [
  'case_status',
  'case_closed',
  'case_reopened',
  'case_trashed',
  'case_restored',
  'follow_up_created',
  'follow_up_status',
  'follow_up_light',
  'follow_up_due',
  'follow_up_waiting',
  'concern_status',
  'concern_statement_approved',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export const historyEntryContentSchema = z.object({
  kind: z.enum(HISTORY_KINDS),
  /** The follow-up or case the event belongs to. */
  entityId: z.string().min(1).max(64),
  /** The case it concerns, for the case timeline (null when none). */
  caseId: z.string().max(64).nullable(),
  at: z.string().max(40),
  memberId: z.string().max(64).nullable(),
  from: z.string().max(200).nullable(),
  to: z.string().max(200).nullable(),
  light: z.enum(TRAFFIC_LIGHTS).nullable(),
  reason: z.string().max(2000),
});

export type HistoryEntryContent = z.infer<typeof historyEntryContentSchema>;
export type HistoryEntry = Stored<HistoryEntryContent>;

/** What an erased history entry keeps: the ids it belongs to, nothing of what happened. Always schema-valid. */
export function erasedHistoryEntryContent(entityId: string, caseId: string | null): HistoryEntryContent {
  return {
    kind: 'case_status',
    entityId: entityId === '' ? '-' : entityId,
    caseId,
    at: '1970-01-01T00:00:00.000Z',
    memberId: null,
    from: null,
    to: null,
    light: null,
    reason: '',
  };
}

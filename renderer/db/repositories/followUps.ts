import { AppFailure, type Result } from '../../../shared/errors/result';
import { computeLight } from '../../../shared/followUps/trafficLight';
import { localDay } from '../../../shared/model/dates';
import {
  followUpContentSchema,
  type BlockCategory,
  type FollowUp,
  type FollowUpContent,
  type FollowUpStatus,
  type TrafficLight,
} from '../../../shared/model/followUp';
import type { HistoryEntryContent } from '../../../shared/model/historyEntry';
import { now } from '../../platform/clock';
import { db } from '../database';
import { asResult, insertRecord, patchRecord, writeTransaction } from '../write';
import { appendHistoryEntry } from './history';
import { readYellowDays } from './settings';

/**
 * Repository of follow-ups (Aufgaben/Maßnahmen). Every change of status, light,
 * due date or "wartet auf Dritte" appends a history entry in the same transaction:
 * who (this device's member), when, why, and the light that resulted. That history
 * is the Ampeldokument's; it is never rewritten.
 */

/** What a person enters for a new follow-up; the light override is set separately, with a reason. */
export type FollowUpDraft = Omit<FollowUpContent, 'lightOverride'>;

/** The fields that can be edited without a status change. */
export type FollowUpEdit = Partial<Pick<FollowUpContent, 'title' | 'details' | 'caseId' | 'agendaItemId' | 'ownerId' | 'dueOn' | 'waitingOnThirdParty'>>;

/** A change of status; blocked needs a reason and a category, done may carry a completion note. */
export interface StatusChange {
  readonly status: FollowUpStatus;
  /** Why: required for blocked (it becomes the blocked reason), optional otherwise. */
  readonly reason?: string;
  readonly blockedCategory?: BlockCategory | null;
  readonly completionNote?: string;
}

const HISTORY_REASON_MAX = 2000;

type HistoryFields = Pick<HistoryEntryContent, 'kind' | 'from' | 'to' | 'reason'>;

/** A validation failure a form can place at its field (see fieldErrorOf). */
function invalid(field: string): AppFailure {
  return new AppFailure('validation/invalid', `${field}: validation.required`);
}

/** Blocked needs a reason and a category; any other status keeps neither. */
function withBlockRules<T extends Pick<FollowUpContent, 'status' | 'blockedReason' | 'blockedCategory'>>(content: T): T {
  if (content.status !== 'blocked') return { ...content, blockedReason: '', blockedCategory: null };
  const blockedReason = content.blockedReason.trim();
  if (blockedReason === '') throw invalid('blockedReason');
  if (content.blockedCategory === null) throw invalid('blockedCategory');
  return { ...content, blockedReason };
}

/** The light a follow-up shows today with this device's yellow window. */
async function lightNow(content: FollowUpContent): Promise<TrafficLight> {
  return computeLight(content, localDay(now()), await readYellowDays()).light;
}

/** Appends one history entry of a follow-up, with the light that resulted. Call inside the follow-up's write transaction. */
async function appendHistory(followUp: FollowUpContent & { id: string }, fields: HistoryFields): Promise<void> {
  await appendHistoryEntry({ ...fields, entityId: followUp.id, caseId: followUp.caseId, light: await lightNow(followUp), reason: fields.reason.trim() });
}

async function liveFollowUp(id: string): Promise<FollowUp> {
  const found = await db.followUps.get(id);
  if (!found || found.deleted !== null) throw new AppFailure('db/not-found', `followUps/${id}`);
  return found;
}

function inTransaction<T>(work: () => Promise<T>): Promise<Result<T>> {
  return asResult(() => writeTransaction([db.followUps, db.history], work));
}

/** Creates a follow-up and its first history entry ("angelegt"); returns its id. */
export function createFollowUp(draft: FollowUpDraft): Promise<Result<string>> {
  return inTransaction(async () => {
    const content: FollowUpContent = { ...withBlockRules(draft), title: draft.title.trim(), lightOverride: null };
    const id = await insertRecord(db.followUps, followUpContentSchema, content);
    await appendHistory({ ...content, id }, { kind: 'follow_up_created', from: null, to: content.status, reason: content.blockedReason });
    return id;
  });
}

/** Edits what, details, links, owner, due date or "wartet auf Dritte"; date and waiting changes enter the history. */
export function updateFollowUp(id: string, edit: FollowUpEdit, reason = ''): Promise<Result<FollowUp>> {
  return inTransaction(async () => {
    const before = await liveFollowUp(id);
    const patch = edit.title === undefined ? edit : { ...edit, title: edit.title.trim() };
    const after = await patchRecord<FollowUpContent>(db.followUps, followUpContentSchema, id, patch);
    if (edit.dueOn !== undefined && edit.dueOn !== before.dueOn)
      await appendHistory(after, { kind: 'follow_up_due', from: before.dueOn, to: after.dueOn, reason });
    if (edit.waitingOnThirdParty !== undefined && edit.waitingOnThirdParty !== before.waitingOnThirdParty)
      await appendHistory(after, { kind: 'follow_up_waiting', from: String(before.waitingOnThirdParty), to: String(after.waitingOnThirdParty), reason });
    return after;
  });
}

/** Changes the status (offen, in Arbeit, erledigt, blockiert) and records who did it and why. */
export function changeFollowUpStatus(id: string, change: StatusChange): Promise<Result<FollowUp>> {
  return inTransaction(async () => {
    const before = await liveFollowUp(id);
    const reason = change.reason ?? '';
    const patch = withBlockRules({
      status: change.status,
      blockedReason: reason,
      blockedCategory: change.blockedCategory ?? null,
      completionNote: change.status === 'done' ? (change.completionNote ?? before.completionNote).trim() : before.completionNote,
    });
    const unchanged = before.status === patch.status && before.blockedReason === patch.blockedReason && before.blockedCategory === patch.blockedCategory;
    if (unchanged && before.completionNote === patch.completionNote) return before;
    const after = await patchRecord<FollowUpContent>(db.followUps, followUpContentSchema, id, patch);
    // The history keeps the gist of a completion note; the full note stays on the follow-up.
    const why = change.status === 'done' && reason.trim() === '' ? patch.completionNote.slice(0, HISTORY_REASON_MAX) : reason;
    await appendHistory(after, { kind: 'follow_up_status', from: before.status, to: after.status, reason: why });
    return after;
  });
}

/** Marks a follow-up done (erledigt) with an optional completion note. */
export function completeFollowUp(id: string, completionNote: string): Promise<Result<FollowUp>> {
  return changeFollowUpStatus(id, { status: 'done', completionNote });
}

/** Sets the light by hand; a reason is required and kept in the history. */
export function overrideLight(id: string, light: TrafficLight, reason: string): Promise<Result<FollowUp>> {
  return inTransaction(async () => {
    const why = reason.trim();
    if (why === '') throw invalid('reason');
    const before = await liveFollowUp(id);
    const previous = await lightNow(before);
    const after = await patchRecord<FollowUpContent>(db.followUps, followUpContentSchema, id, { lightOverride: { light, reason: why } });
    await appendHistory(after, { kind: 'follow_up_light', from: previous, to: light, reason: why });
    return after;
  });
}

/** Removes a manual light, so the computed one shows again; the history says who and (optionally) why. */
export function clearLightOverride(id: string, reason = ''): Promise<Result<FollowUp>> {
  return inTransaction(async () => {
    const before = await liveFollowUp(id);
    if (before.lightOverride === null) return before;
    const after = await patchRecord<FollowUpContent>(db.followUps, followUpContentSchema, id, { lightOverride: null });
    await appendHistory(after, { kind: 'follow_up_light', from: before.lightOverride.light, to: null, reason });
    return after;
  });
}

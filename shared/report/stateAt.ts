import type { Case, CaseStatus } from '../model/case';
import { CASE_STATUSES } from '../model/case';
import { localDay } from '../model/dates';
import { FOLLOW_UP_STATUSES, TRAFFIC_LIGHTS, type FollowUp, type FollowUpContent, type FollowUpStatus, type TrafficLight } from '../model/followUp';
import type { HistoryEntry, HistoryKind } from '../model/historyEntry';

/**
 * How a case or a follow-up stood at the end of a past day, so a report over last
 * year shows last year's statuses and not today's. The append-only history holds
 * every change (status, closing, due date, "wartet auf Dritte", Ampel by hand) with
 * the moment it was recorded; a field's value at the end of day D is the `to` of its
 * last change recorded on or before D, else the `from` of its first change after D,
 * else (no change recorded at all) its current value. Days are the local calendar
 * days of the recorded moments, as the app shows them.
 *
 * A case's closing day is the one the user entered (closedOn), not the day it was
 * recorded: closing is often entered later. Reopening forgets closedOn, so a case
 * closed and reopened since counts as closed from the day its closing was recorded.
 */

/** A history entry with the local day it was recorded on, worked out once per report. */
export interface DatedEntry {
  readonly entry: HistoryEntry;
  readonly day: string;
}

/** A record's history entries with their days, oldest first. */
export type HistoryIndex = ReadonlyMap<string, readonly DatedEntry[]>;

/**
 * Groups the live history entries by the case or follow-up they belong to, oldest first.
 * Each entry's day is worked out here once: a report asks for the same days over and over
 * (status, due date, waiting, Ampel, completion) and reading a moment's local day is the
 * costly part of counting tens of thousands of follow-ups.
 */
export function indexHistory(entries: readonly HistoryEntry[]): HistoryIndex {
  const index = new Map<string, DatedEntry[]>();
  for (const entry of entries) {
    if (entry.deleted !== null) continue;
    const dated = { entry, day: dayOfMoment(entry.at) };
    const list = index.get(entry.entityId);
    if (list) list.push(dated);
    else index.set(entry.entityId, [dated]);
  }
  for (const list of index.values()) if (list.length > 1) list.sort((a, b) => (a.entry.at < b.entry.at ? -1 : a.entry.at > b.entry.at ? 1 : 0));
  return index;
}

/** The local calendar day of a recorded moment (ISO time); '' when it cannot be read. */
export function dayOfMoment(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : localDay(ms);
}

function valueAt(changes: readonly DatedEntry[], day: string): { found: true; value: string | null } | { found: false } {
  if (changes.length === 0) return { found: false };
  let last: HistoryEntry | undefined;
  for (const change of changes) if (change.day <= day) last = change.entry;
  if (last) return { found: true, value: last.to };
  return { found: true, value: (changes[0] as DatedEntry).entry.from };
}

const NONE: readonly DatedEntry[] = [];

function ofKinds(index: HistoryIndex, id: string, kinds: readonly HistoryKind[]): readonly DatedEntry[] {
  const all = index.get(id);
  if (all === undefined) return NONE;
  return all.filter((dated) => kinds.includes(dated.entry.kind));
}

function asCaseStatus(value: string | null): CaseStatus | undefined {
  return (CASE_STATUSES as readonly (string | null)[]).includes(value) ? (value as CaseStatus) : undefined;
}

/** How a case stood at the end of a day: its status and, if closed, the day it was closed. */
export interface CaseState {
  readonly status: CaseStatus;
  readonly closedOn: string | null;
}

const CASE_STATUS_KINDS: readonly HistoryKind[] = ['case_status', 'case_closed', 'case_reopened'];
const FOLLOW_UP_STATUS_KINDS: readonly HistoryKind[] = ['follow_up_created', 'follow_up_status'];
const FOLLOW_UP_DUE_KINDS: readonly HistoryKind[] = ['follow_up_due'];
const FOLLOW_UP_WAITING_KINDS: readonly HistoryKind[] = ['follow_up_waiting'];
const FOLLOW_UP_LIGHT_KINDS: readonly HistoryKind[] = ['follow_up_light'];

/** The status of a case at the end of a day (the case must have been opened by then). */
export function caseStateAt(item: Case, index: HistoryIndex, day: string): CaseState {
  if (item.closedOn !== null && item.closedOn <= day) return { status: 'closed', closedOn: item.closedOn };
  const changes = ofKinds(index, item.id, CASE_STATUS_KINDS);
  // The closing still in force takes effect on the day the user gave, however late it was recorded.
  const lastClosing = item.closedOn !== null ? changes.findLastIndex((dated) => dated.entry.kind === 'case_closed') : -1;
  const relevant = lastClosing >= 0 ? changes.slice(0, lastClosing) : changes;
  const found = valueAt(relevant, day);
  const recorded = found.found ? found.value : lastClosing >= 0 ? (changes[lastClosing] as DatedEntry).entry.from : null;
  // Closed later, with nothing recorded before: it was being worked on.
  const status = asCaseStatus(recorded) ?? (item.closedOn !== null ? 'in_progress' : item.status);
  if (status !== 'closed') return { status, closedOn: null };
  // Closed then and reopened since: the day the closing was recorded (closedOn was forgotten on reopening).
  const closing = relevant.findLast((dated) => dated.entry.kind === 'case_closed' && dated.day <= day);
  return { status: 'closed', closedOn: closing ? closing.day : item.openedOn };
}

/** The parts of a follow-up the Ampel is computed from, as they stood at the end of a day. */
export type FollowUpState = Pick<FollowUpContent, 'status' | 'dueOn' | 'waitingOnThirdParty' | 'lightOverride'>;

function asFollowUpStatus(value: string | null): FollowUpStatus | undefined {
  return (FOLLOW_UP_STATUSES as readonly (string | null)[]).includes(value) ? (value as FollowUpStatus) : undefined;
}

function asLight(value: string | null): TrafficLight | null {
  return (TRAFFIC_LIGHTS as readonly (string | null)[]).includes(value) ? (value as TrafficLight) : null;
}

/** The day a follow-up was created (local day of its creation). */
export function followUpCreatedOn(item: FollowUp): string {
  return dayOfMoment(item.createdAt);
}

/**
 * The day a follow-up that was done at the end of `day` was done: its last recorded
 * completion up to then, else (nothing recorded) its last change, which came no earlier.
 */
export function followUpDoneOn(item: FollowUp, index: HistoryIndex, day: string): string {
  const done = ofKinds(index, item.id, FOLLOW_UP_STATUS_KINDS).findLast((dated) => dated.entry.to === 'done' && dated.day <= day);
  if (done) return done.day;
  const changed = dayOfMoment(item.updatedAt);
  return changed !== '' && changed <= day ? changed : followUpCreatedOn(item);
}

/** A follow-up's status, due date, waiting flag and manual Ampel at the end of a day. */
export function followUpStateAt(item: FollowUp, index: HistoryIndex, day: string): FollowUpState {
  const status = valueAt(ofKinds(index, item.id, FOLLOW_UP_STATUS_KINDS), day);
  const due = valueAt(ofKinds(index, item.id, FOLLOW_UP_DUE_KINDS), day);
  const waiting = valueAt(ofKinds(index, item.id, FOLLOW_UP_WAITING_KINDS), day);
  const lightChanges = ofKinds(index, item.id, FOLLOW_UP_LIGHT_KINDS);
  // Every manual Ampel is recorded; before the first one there was none.
  const lastLight = lightChanges.findLast((dated) => dated.day <= day)?.entry;
  const recordedLight = lastLight ? asLight(lastLight.to) : null;
  const lightOverride = lightChanges.length === 0 ? item.lightOverride : recordedLight ? { light: recordedLight, reason: lastLight?.reason ?? '' } : null;
  return {
    status: (status.found ? asFollowUpStatus(status.value) : undefined) ?? item.status,
    dueOn: due.found ? due.value : item.dueOn,
    waitingOnThirdParty: waiting.found ? waiting.value === 'true' : item.waitingOnThirdParty,
    lightOverride,
  };
}

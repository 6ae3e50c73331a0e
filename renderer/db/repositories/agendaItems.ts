import { moveAgendaItem, placeAgendaItem, type AgendaMove, type PositionPatch } from '../../../shared/agenda/numbering';
import type { AgendaProposal } from '../../../shared/agenda/proposals';
import { AppFailure, type Result } from '../../../shared/errors/result';
import {
  agendaItemContentSchema,
  emptyAgendaItemContent,
  erasedAgendaItemContent,
  type AgendaItem,
  type AgendaItemContent,
  type AgendaItemResult,
} from '../../../shared/model/agendaItem';
import { newId } from '../../../shared/model/ids';
import { meetingContentSchema, type MeetingGuest } from '../../../shared/model/meeting';
import { db } from '../database';
import { asResult, insertRecord, patchRecord, tombstoneRecord, writeTransaction } from '../write';
import { assertEditable, liveMeeting } from './meetings';

/**
 * Repository of agenda items (TOPs). Numbers are never stored: items keep a parent
 * and a position, and every move rewrites the positions of the siblings involved.
 * A Fallbesprechung is always non-public, whatever the caller asks for. Items of a
 * meeting whose minutes were approved cannot change any more.
 */

/** What the item form edits. */
export type AgendaItemDraft = Pick<
  AgendaItemContent,
  | 'title'
  | 'kind'
  | 'caseIds'
  | 'concernId'
  | 'presenterId'
  | 'plannedMinutes'
  | 'isPublic'
  | 'interpreterLanguage'
  | 'affectedPersonSpeaks'
  | 'moderationNotes'
>;

/** The guest invited for an item: organisation and function. */
export interface ItemGuest {
  readonly organisation: string;
  readonly role: string;
}

/** The rule no caller can get around: case discussions are never public. */
function withAgendaRules<T extends Partial<AgendaItemContent>>(content: T, kind: AgendaItemContent['kind'] | undefined): T {
  if (kind !== 'case') return content;
  return { ...content, isPublic: false };
}

function guestText(guest: ItemGuest): string {
  return [guest.organisation.trim(), guest.role.trim()].filter(Boolean).join(', ');
}

async function liveItem(id: string): Promise<AgendaItem> {
  const found = await db.agendaItems.get(id);
  if (!found || found.deleted !== null) throw new AppFailure('db/not-found', `agendaItems/${id}`);
  return found;
}

async function itemsOf(meetingId: string): Promise<AgendaItem[]> {
  return (await db.agendaItems.where('meetingId').equals(meetingId).toArray()).filter((i) => i.deleted === null);
}

async function applyPositions(patches: readonly PositionPatch[]): Promise<void> {
  for (const p of patches) await patchRecord(db.agendaItems, agendaItemContentSchema, p.id, { parentId: p.parentId, position: p.position });
}

/** Puts the item's guest on the meeting's guest list (or takes it off when `guest` is null). */
async function syncItemGuest(meetingId: string, itemId: string, guest: ItemGuest | null): Promise<string> {
  const meeting = await liveMeeting(meetingId);
  const others = meeting.guests.filter((g) => g.agendaItemId !== itemId);
  const current = meeting.guests.find((g) => g.agendaItemId === itemId);
  let guests: MeetingGuest[] = others;
  if (guest !== null && guest.organisation.trim() !== '') {
    const changed = current?.organisation !== guest.organisation.trim() || current.role !== guest.role.trim();
    guests = [
      ...others,
      {
        id: current?.id ?? newId(),
        organisation: guest.organisation.trim(),
        role: guest.role.trim(),
        agendaItemId: itemId,
        // A different guest has not been invited yet, whatever was true of the one before.
        invited: changed ? false : (current?.invited ?? false),
        presence: current?.presence ?? null,
        arrivedAt: current?.arrivedAt ?? null,
        leftAt: current?.leftAt ?? null,
      },
    ];
  }
  await patchRecord(db.meetings, meetingContentSchema, meetingId, { guests });
  return guest === null ? '' : guestText(guest);
}

function inTransaction<T>(work: () => Promise<T>): Promise<Result<T>> {
  return asResult(() => writeTransaction([db.agendaItems, db.meetings], work));
}

async function nextTopPosition(meetingId: string): Promise<number> {
  const top = (await itemsOf(meetingId)).filter((i) => i.parentId === null);
  return top.reduce((max, i) => Math.max(max, i.position), 0) + 1;
}

async function insertItem(meetingId: string, content: AgendaItemContent, guest: ItemGuest | null): Promise<string> {
  assertEditable(await liveMeeting(meetingId));
  const id = await insertRecord(db.agendaItems, agendaItemContentSchema, withAgendaRules(content, content.kind));
  if (guest !== null) {
    const text = await syncItemGuest(meetingId, id, guest);
    await patchRecord(db.agendaItems, agendaItemContentSchema, id, { guest: text });
  }
  return id;
}

/** Adds an item at the end of the agenda; returns its id. */
export function addAgendaItem(meetingId: string, draft: AgendaItemDraft, guest: ItemGuest | null = null): Promise<Result<string>> {
  return inTransaction(async () => {
    const base = emptyAgendaItemContent(meetingId, draft.title, draft.kind, await nextTopPosition(meetingId));
    return insertItem(meetingId, { ...base, ...draft, title: draft.title.trim() }, guest);
  });
}

/** Changes what the item form edits; `guest` undefined leaves the guest as it is, null removes it. */
export function updateAgendaItem(id: string, draft: Partial<AgendaItemDraft>, guest?: ItemGuest | null): Promise<Result<AgendaItem>> {
  return inTransaction(async () => {
    const before = await liveItem(id);
    assertEditable(await liveMeeting(before.meetingId));
    const patch: Partial<AgendaItemContent> = withAgendaRules({ ...draft }, draft.kind ?? before.kind);
    if (draft.title !== undefined) patch.title = draft.title.trim();
    if (guest !== undefined) patch.guest = await syncItemGuest(before.meetingId, id, guest);
    return patchRecord(db.agendaItems, agendaItemContentSchema, id, patch);
  });
}

/** Moves an item one step by keyboard: up, down, indent (under the item above), outdent. */
export function moveItem(id: string, move: AgendaMove): Promise<Result<boolean>> {
  return inTransaction(async () => {
    const item = await liveItem(id);
    assertEditable(await liveMeeting(item.meetingId));
    const patches = moveAgendaItem(await itemsOf(item.meetingId), id, move);
    await applyPositions(patches);
    return patches.length > 0;
  });
}

/** Places a dragged item at an index among the children of `parentId` (null: top level). */
export function placeItem(id: string, parentId: string | null, index: number): Promise<Result<void>> {
  return inTransaction(async () => {
    const item = await liveItem(id);
    assertEditable(await liveMeeting(item.meetingId));
    const items = await itemsOf(item.meetingId);
    // An item can never become its own descendant.
    for (let p = parentId; p !== null; p = items.find((i) => i.id === p)?.parentId ?? null) {
      if (p === id) throw new AppFailure('validation/invalid', 'parentId: validation.invalid');
    }
    await applyPositions(placeAgendaItem(items, id, parentId, index));
  });
}

/** Removes an item; its sub-items move up into its place, its guest stays on the guest list. */
export function removeAgendaItem(id: string): Promise<Result<void>> {
  return inTransaction(async () => {
    const item = await liveItem(id);
    const meeting = await liveMeeting(item.meetingId);
    assertEditable(meeting);
    const items = await itemsOf(item.meetingId);
    const siblings = items.filter((i) => i.parentId === item.parentId && i.id !== id).sort((a, b) => a.position - b.position);
    const children = items.filter((i) => i.parentId === id).sort((a, b) => a.position - b.position);
    const at = siblings.filter((s) => s.position < item.position).length;
    const order = [...siblings.slice(0, at), ...children, ...siblings.slice(at)];
    await applyPositions(order.map((i, index) => ({ id: i.id, parentId: item.parentId, position: index + 1 })));
    if (meeting.guests.some((g) => g.agendaItemId === id)) {
      const guests = meeting.guests.map((g) => (g.agendaItemId === id ? { ...g, agendaItemId: null } : g));
      await patchRecord(db.meetings, meetingContentSchema, meeting.id, { guests });
    }
    await tombstoneRecord(db.agendaItems, id, erasedAgendaItemContent(item.meetingId));
  });
}

/** Records the outcome or decision of an item (Sitzungsmodus, Protokoll). */
export function recordOutcome(id: string, outcome: string): Promise<Result<AgendaItem>> {
  return changeRecorded(id, { outcome });
}

/** Marks an item erledigt, vertagt or open again. */
export function setItemResult(id: string, result: AgendaItemResult): Promise<Result<AgendaItem>> {
  return changeRecorded(id, { result });
}

/** Stores the time spent on an item (the Sitzungsmodus timer). */
export function saveElapsed(id: string, elapsedSeconds: number): Promise<Result<AgendaItem>> {
  return changeRecorded(id, { elapsedSeconds: Math.max(0, Math.min(24 * 60 * 60, Math.round(elapsedSeconds))) });
}

function changeRecorded(id: string, patch: Partial<AgendaItemContent>): Promise<Result<AgendaItem>> {
  return inTransaction(async () => {
    const item = await liveItem(id);
    assertEditable(await liveMeeting(item.meetingId));
    return patchRecord(db.agendaItems, agendaItemContentSchema, id, patch);
  });
}

/**
 * Accepts one "Tagesordnung vorbereiten" proposal: a case proposal becomes a
 * (non-public) Fallbesprechung, an adjourned item comes back as a copy that points
 * to the original, loose follow-ups become one organisational item.
 */
export function acceptProposal(meetingId: string, proposal: AgendaProposal, looseFollowUpsTitle: string): Promise<Result<string>> {
  return inTransaction(async () => {
    const position = await nextTopPosition(meetingId);
    if (proposal.carriedFromId !== null) {
      const source = await liveItem(proposal.carriedFromId);
      const copy: AgendaItemContent = {
        ...emptyAgendaItemContent(meetingId, source.title, source.kind, position),
        caseIds: source.caseIds,
        concernId: source.concernId,
        presenterId: source.presenterId,
        plannedMinutes: source.plannedMinutes,
        isPublic: source.isPublic,
        interpreterLanguage: source.interpreterLanguage,
        affectedPersonSpeaks: source.affectedPersonSpeaks,
        moderationNotes: source.moderationNotes,
        carriedFromId: source.id,
      };
      const sourceGuest = (await liveMeeting(source.meetingId)).guests.find((g) => g.agendaItemId === source.id);
      return insertItem(meetingId, copy, sourceGuest ? { organisation: sourceGuest.organisation, role: sourceGuest.role } : null);
    }
    if (proposal.kind === 'case') {
      return insertItem(meetingId, { ...emptyAgendaItemContent(meetingId, proposal.title, 'case', position), caseIds: [...proposal.caseIds] }, null);
    }
    return insertItem(meetingId, emptyAgendaItemContent(meetingId, looseFollowUpsTitle, 'organisational', position), null);
  });
}

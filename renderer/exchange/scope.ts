import { AppFailure } from '../../shared/errors/result';
import type { ExchangeScope } from '../../shared/exchange';
import { db } from '../db/database';
import { emptyRecords, readAllRecords, syncTables, type AnyRecord, type Records } from './tables';

/**
 * Which records an export carries, by scope:
 * - all: every record of every entity, tombstones included, so erasures travel;
 * - cases: the cases with their notes, follow-ups and history, the concerns linked
 *   either way, and the members they name;
 * - meeting: the meeting, its agenda items, the cases they discuss with those
 *   cases' follow-ups (and follow-ups made under the items), the concerns on the
 *   agenda, and the members named anywhere in it. No notes and no history: a
 *   meeting packet is for a guest.
 * A scoped file carries a tombstone only when the record itself is in scope, and
 * my own member record always travels, so the receiver learns who sent it.
 * Absence never means deletion (the merge takes it so), so scoping loses nothing.
 */

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

function defined<T>(values: readonly (T | undefined)[]): T[] {
  return values.filter((value): value is T => value !== undefined);
}

function byId<T extends { readonly id: string }>(...lists: readonly (readonly T[])[]): T[] {
  const map = new Map<string, T>();
  for (const list of lists) for (const record of list) map.set(record.id, record);
  return [...map.values()];
}

async function membersNamed(ids: Iterable<string | null>, meId: string | null): Promise<AnyRecord[]> {
  const wanted = unique([...ids, meId].filter((id): id is string => id !== null && id !== ''));
  return defined(await db.members.bulkGet(wanted));
}

async function casesScope(caseIds: readonly string[], meId: string | null): Promise<Records> {
  const ids = unique(caseIds);
  const found = await db.cases.bulkGet(ids);
  const missing = ids.filter((_, i) => found[i] === undefined);
  if (missing.length > 0) throw new AppFailure('db/not-found', `cases/${missing.slice(0, 3).join(',')}`);
  const cases = defined(found);
  const caseSet = new Set(ids);
  const caseNotes = await db.caseNotes.where('caseId').anyOf(ids).toArray();
  const followUps = await db.followUps.where('caseId').anyOf(ids).toArray();
  const entityIds = [...ids, ...followUps.map((f) => f.id)];
  const history = byId(await db.history.where('caseId').anyOf(ids).toArray(), await db.history.where('entityId').anyOf(entityIds).toArray());
  const linkingConcerns = await db.concerns.filter((c) => c.caseIds.some((id) => caseSet.has(id))).toArray();
  const concerns = byId(linkingConcerns, defined(await db.concerns.bulkGet(unique(cases.flatMap((c) => c.concernIds)))));
  const members = await membersNamed(
    [...cases.flatMap((c) => c.responsibleIds), ...caseNotes.map((n) => n.authorId), ...followUps.map((f) => f.ownerId), ...history.map((h) => h.memberId)],
    meId,
  );
  return { ...emptyRecords(), cases, caseNotes, followUps, history, concerns, members };
}

async function meetingScope(meetingId: string, meId: string | null): Promise<Records> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) throw new AppFailure('db/not-found', `meetings/${meetingId}`);
  const agendaItems = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
  const caseIds = unique(agendaItems.flatMap((item) => item.caseIds));
  const cases = defined(await db.cases.bulkGet(caseIds));
  const followUps = byId(
    await db.followUps.where('caseId').anyOf(caseIds).toArray(),
    await db.followUps.where('agendaItemId').anyOf(agendaItems.map((item) => item.id)).toArray(),
  );
  const concernIds = unique(agendaItems.map((item) => item.concernId).filter((id): id is string => id !== null));
  const concerns = defined(await db.concerns.bulkGet(concernIds));
  const members = await membersNamed(
    [
      meeting.moderatorId,
      meeting.minuteTakerId,
      ...meeting.attendance.map((a) => a.memberId),
      ...agendaItems.map((item) => item.presenterId),
      ...cases.flatMap((c) => c.responsibleIds),
      ...followUps.map((f) => f.ownerId),
    ],
    meId,
  );
  return { ...emptyRecords(), meetings: [meeting], agendaItems, cases, followUps, concerns, members };
}

/** The records a file of this scope carries, read in one transaction so they fit together. */
export function collectRecords(scope: ExchangeScope, meId: string | null): Promise<Records> {
  return db.transaction('r', syncTables(), () => {
    switch (scope.kind) {
      case 'all':
        return readAllRecords();
      case 'cases':
        return casesScope(scope.caseIds, meId);
      case 'meeting':
        return meetingScope(scope.meetingId, meId);
    }
  });
}

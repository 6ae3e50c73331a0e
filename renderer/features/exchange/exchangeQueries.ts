import type { Case } from '../../../shared/model/case';
import type { Meeting } from '../../../shared/model/meeting';
import { db } from '../../db/database';

/** Read-only queries the exchange screens need beside the exchange services, for useLiveQuery. */

/** Every case that was not erased (those in the recycle bin too: they travel as well), by code. */
export async function listExportableCases(): Promise<Pick<Case, 'id' | 'code' | 'title' | 'trashedAt'>[]> {
  const all = await db.cases.toArray();
  return all
    .filter((c) => c.deleted === null)
    .map(({ id, code, title, trashedAt }) => ({ id, code, title, trashedAt }))
    .sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
}

/** Every meeting that was not erased, newest first, for choosing a meeting packet. */
export async function listMeetingChoices(): Promise<Pick<Meeting, 'id' | 'date' | 'place' | 'state'>[]> {
  const all = await db.meetings.toArray();
  return all
    .filter((m) => m.deleted === null)
    .map(({ id, date, place, state }) => ({ id, date, place, state }))
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** Member names by id (erased members included: an old version may name them). */
export async function allMemberNames(): Promise<Map<string, string>> {
  const all = await db.members.toArray();
  return new Map(all.map((m) => [m.id, m.name]));
}

/** This installation's device id (written once at start by db/device.ts), or null before that. */
export async function myDeviceId(): Promise<string | null> {
  const row = await db.settings.get('device');
  const value = row?.value;
  return value && typeof value === 'object' && 'deviceId' in value && typeof value.deviceId === 'string' ? value.deviceId : null;
}

import type { Member } from '../../../shared/model/member';
import { db } from '../database';
import { readSetting } from '../repositories/settings';

/** Read functions for members, for use inside useLiveQuery. */

function byName(a: Member, b: Member): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });
}

/** Every member that was not erased, active ones first, then by name. */
export async function listMembers(): Promise<Member[]> {
  const all = await db.members.toArray();
  return all.filter((m) => m.deleted === null).sort((a, b) => Number(b.active) - Number(a.active) || byName(a, b));
}

/** The member this device speaks for, or null before the first start (or when it was erased). */
export async function getCurrentMember(): Promise<Member | null> {
  const id = await readSetting('currentMemberId');
  if (id === null) return null;
  const found = await db.members.get(id);
  return found && found.deleted === null ? found : null;
}

/** Member names by id, for showing owners and authors (erased members are left out). */
export async function memberNames(): Promise<Map<string, string>> {
  const all = await db.members.toArray();
  return new Map(all.filter((m) => m.deleted === null).map((m) => [m.id, m.name]));
}

/** One member that was not erased, or undefined. */
export async function getMember(id: string): Promise<Member | undefined> {
  const found = await db.members.get(id);
  return found && found.deleted === null ? found : undefined;
}

import type { Case } from '../../../shared/model/case';
import { db } from '../database';

/** Read functions for cases, for use inside useLiveQuery. */

/** Live cases (not erased, not in the recycle bin), newest first. */
export async function listCases(): Promise<Case[]> {
  const all = await db.cases.orderBy('updatedAt').reverse().toArray();
  return all.filter((c) => c.deleted === null && c.trashedAt === null);
}

/** One live case, or undefined when it does not exist or was erased. */
export async function getCase(id: string): Promise<Case | undefined> {
  const found = await db.cases.get(id);
  return found && found.deleted === null ? found : undefined;
}

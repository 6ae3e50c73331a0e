import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import { db } from '../../renderer/db/database';

/**
 * Fault injection for crash tests: a Dexie DBCore middleware that counts every write
 * request (put, add, delete, clear) and fails the k-th one, as a crash or a full disk
 * in the middle of a transaction would. The transaction then aborts; the tests check
 * that IndexedDB rolled every earlier write of it back.
 */

interface Plan {
  failAt: number | null;
  count: number;
  error: () => Error;
}

const plan: Plan = { failAt: null, count: 0, error: () => new Error('injected crash') };

const crashMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'crash-injection',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
          plan.count += 1;
          if (plan.failAt !== null && plan.count === plan.failAt) return Promise.reject(plan.error());
          return table.mutate(request);
        },
      };
    },
  }),
};

/** Installs the middleware on the app's database (it is built into the stack when the database opens). */
export async function installCrashInjection(): Promise<void> {
  db.close({ disableAutoOpen: false });
  db.use(crashMiddleware);
  await db.open();
}

/** Counts the writes the work makes, without failing any. */
export async function countWrites(work: () => Promise<unknown>): Promise<number> {
  plan.failAt = null;
  plan.count = 0;
  await work();
  return plan.count;
}

/** Runs the work with its k-th write failing; returns what the work returned. */
export async function withFailureAt<T>(k: number, work: () => Promise<T>, error: () => Error = () => new Error('injected crash')): Promise<T> {
  plan.failAt = k;
  plan.count = 0;
  plan.error = error;
  try {
    return await work();
  } finally {
    plan.failAt = null;
  }
}

import { liveQuery, type Subscription } from 'dexie';
import { useEffect, useSyncExternalStore } from 'react';
import { sortCases, type CaseSort } from '../../../shared/cases/listQuery';
import type { Case } from '../../../shared/model/case';
import { listCaseIdsWithOverdueFollowUps, listCases } from '../../db/queries/cases';

/**
 * The whole list of live cases, read once while the Fälle screen is open and kept across
 * a visit to one case's page: "back" shows the list at once instead of reading ten
 * thousand cases again, a read that would also hold up opening the next case. It stays a
 * live query (a change to the cases reads it again) and is dropped when the Fälle screen
 * closes or the app locks, so no decrypted text outlives them.
 * The ids of cases with overdue follow-ups (for the filter) are kept the same way: read
 * again on "back", their tens of thousands of follow-up keys would hold up the next case opened.
 */

let latest: Case[] | undefined;
/** Why the last read failed; thrown in render, so the screen's error boundary says so instead of "loading" for ever. */
let failure: { readonly error: unknown } | null = null;
let subscription: Subscription | null = null;
let overdue: { readonly today: string; readonly ids: ReadonlySet<string> } | undefined;
let overdueSubscription: Subscription | null = null;
let overdueDay: string | null = null;
let holders = 0;
let wanted = false;
const listeners = new Set<() => void>();

function publish(next: Case[] | undefined): void {
  latest = next;
  for (const listener of listeners) listener();
}

function start(): void {
  if (subscription !== null || holders === 0 || !wanted) return;
  subscription = liveQuery(listCases).subscribe({ next: publish, error: fail });
}

/** Ends both live queries (the list's and the overdue ids'). */
function endReads(): void {
  subscription?.unsubscribe();
  subscription = null;
  overdueSubscription?.unsubscribe();
  overdueSubscription = null;
  overdueDay = null;
}

/** A failed read ends its live query; the next screen mounted (or "Erneut versuchen") reads afresh. */
function fail(error: unknown): void {
  endReads();
  failure = { error };
  publish(undefined);
}

/** Rethrows a failed read in render, for the screen's error boundary; the failure is forgotten once the screen unmounts. */
function throwIfFailed(): void {
  if (failure !== null) throw failure.error;
}

/** True when the list is already read (e.g. on the way back from a case's page). */
export function hasCaseList(): boolean {
  return latest !== undefined;
}

/** The case as the kept list holds it (live, not in the recycle bin), if the list is read; a case's page shows it at once. */
export function listedCase(id: string): Case | undefined {
  return latest?.find((item) => item.id === id);
}

/** Drops the list and its live query (e.g. when the app locks); the next list reads it afresh. */
export function resetCaseList(): void {
  endReads();
  overdue = undefined;
  wanted = false;
  failure = null;
  lastSorted = null;
  publish(undefined);
}

/** Keeps the list (once it was asked for) while the calling screen is mounted. */
export function useRetainCaseList(): void {
  useEffect(() => {
    holders++;
    start();
    return () => {
      holders--;
      if (holders === 0) resetCaseList();
    };
  }, []);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = (): Case[] | undefined => latest;

/** Live cases, newest first; undefined until read. `enabled` false defers the read (the first page goes first). */
export function useCaseList(enabled: boolean): Case[] | undefined {
  useRetainCaseList();
  useEffect(() => {
    if (!enabled) return;
    wanted = true;
    start();
  }, [enabled]);
  const cases = useSyncExternalStore(subscribe, snapshot);
  throwIfFailed();
  return cases;
}

function startOverdue(today: string): void {
  if (holders === 0 || (overdueSubscription !== null && overdueDay === today)) return;
  overdueSubscription?.unsubscribe();
  overdueDay = today;
  overdueSubscription = liveQuery(() => listCaseIdsWithOverdueFollowUps(today)).subscribe({
    next: (ids) => {
      overdue = { today, ids };
      publish(latest);
    },
    error: fail,
  });
}

const overdueSnapshot = () => overdue;

/** Ids of the cases with an overdue follow-up on `today`; undefined until read. `enabled` false defers the read. */
export function useOverdueCaseIds(enabled: boolean, today: string): ReadonlySet<string> | undefined {
  useRetainCaseList();
  useEffect(() => {
    if (enabled) startOverdue(today);
  }, [enabled, today]);
  const found = useSyncExternalStore(subscribe, overdueSnapshot);
  throwIfFailed();
  return found?.today === today ? found.ids : undefined;
}

let lastSorted: { readonly cases: readonly Case[]; readonly column: string; readonly direction: string; readonly sorted: Case[] } | null = null;

/** The list in the chosen order; the last order is kept, so coming back to the list does not sort ten thousand cases again. */
export function sortedCaseList(cases: readonly Case[], sort: CaseSort): Case[] {
  if (lastSorted?.cases === cases && lastSorted.column === sort.column && lastSorted.direction === sort.direction) return lastSorted.sorted;
  const sorted = sortCases(cases, sort);
  lastSorted = { cases, column: sort.column, direction: sort.direction, sorted };
  return sorted;
}

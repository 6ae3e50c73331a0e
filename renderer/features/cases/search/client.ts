import { liveQuery, type Subscription } from 'dexie';
import { caseHeadText } from '../../../../shared/cases/searchIndex';
import type { Case } from '../../../../shared/model/case';
import { countCaseNotes } from '../../../db/queries/caseNotes';
import { keyState, subscribeLock } from '../../../security/keyState';
import { createSearchHost } from './handler';
import { searchAnswerSchema, type SearchAnswer, type SearchMessage } from './protocol';

/**
 * The UI thread's side of the case search: the search Worker (started on first use and
 * kept for the page's life) and the searches. The Worker reads and decrypts the notes
 * itself, page by page; this thread only tells it when the notes changed (a live query on
 * their count) and hands it the listed cases' own texts. The data key goes to the Worker
 * in a message and is kept nowhere here but in the app lock's state. Where there is no
 * Worker (unit tests in Node) the same host runs in this thread and reads the db directly.
 */

export interface SearchStatus {
  /** Changes whenever a search may answer differently. */
  readonly version: number;
  readonly notesComplete: boolean;
}

type Port = (message: SearchMessage) => void;

let port: Port | null = null;
let worker: Worker | null = null;
let status: SearchStatus = { version: 0, notesComplete: false };
const listeners = new Set<() => void>();
const pending = new Map<number, { readonly query: string; readonly resolve: (answer: Extract<SearchAnswer, { type: 'result' }>) => void }>();
let lastHeads: SearchMessage | null = null;
let lastCases: readonly Case[] | null = null;
let nextId = 1;
let noteFeed: Subscription | null = null;
let holds = 0;

function receive(data: unknown): void {
  const parsed = searchAnswerSchema.safeParse(data);
  if (!parsed.success) return;
  const answer = parsed.data;
  if (answer.type === 'result') {
    pending.get(answer.id)?.resolve(answer);
    pending.delete(answer.id);
    return;
  }
  status = { version: status.version + 1, notesComplete: answer.notesComplete };
  for (const listener of listeners) listener();
}

/** Counts the hosts started; a host in this thread that was dropped (reset) is heard no more. */
let generation = 0;

function inThreadPort(): Port {
  const mine = ++generation;
  // Here the app's own lock state decrypts: the host ignores any key message.
  const host = createSearchHost((answer) => mine === generation && receive(answer), { ownLockState: false });
  return (message) => queueMicrotask(() => host(message));
}

/** A host started anew (after a Worker failed) gets the hold, the heads and, if the feed runs, a first build. */
function primeHost(to: Port): void {
  if (holds > 0) to({ type: 'hold', held: true });
  if (lastHeads !== null) to(lastHeads);
  if (noteFeed !== null) to({ type: 'notesChanged' });
}

/** A Worker that fails is replaced by the same host in this thread, filled again: the search keeps working, only slower. */
function fallBackToThisThread(failed: Worker): void {
  failed.terminate();
  if (worker !== failed) return;
  worker = null;
  port = inThreadPort();
  primeHost(port);
  for (const [id, { query }] of pending) port({ type: 'search', id, query });
}

/** The app lock's key for the Worker's connection (null without a passphrase); read when sent, never kept here. */
function keyMessage(): SearchMessage {
  return { type: 'key', dataKey: keyState().key };
}

function startPort(): Port {
  if (typeof Worker === 'undefined') return inThreadPort();
  // This exact form lets Vite find the worker and bundle it as its own file under worker-src 'self'.
  const started = new Worker(new URL('./caseSearch.worker.ts', import.meta.url), { type: 'module', name: 'case-search' });
  started.addEventListener('message', (event: MessageEvent<unknown>) => receive(event.data));
  started.addEventListener('error', () => fallBackToThisThread(started));
  started.addEventListener('messageerror', () => fallBackToThisThread(started));
  worker = started;
  const to: Port = (message) => started.postMessage(message);
  to(keyMessage());
  return to;
}

function send(message: SearchMessage): void {
  if (port === null) {
    port = startPort();
    if (holds > 0) port({ type: 'hold', held: true });
  }
  port(message);
}

// Turning the passphrase on or off changes the key the notes are read with: the Worker gets
// the new one and reads the notes again. Locking is handled by resetCaseSearch (LockGate).
subscribeLock(() => {
  if (worker === null || keyState().status === 'locked') return;
  worker.postMessage(keyMessage());
  if (noteFeed !== null) worker.postMessage({ type: 'notesChanged' } satisfies SearchMessage);
});

/**
 * Pauses reading notes into the index while a page that reads the database itself is open
 * (a case's page): its reads then do not queue behind pages of notes. Returns the release.
 */
export function holdNoteFeed(): () => void {
  holds++;
  if (holds === 1) port?.({ type: 'hold', held: true });
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    if (holds === 0) port?.({ type: 'hold', held: false });
  };
}

/**
 * Called as the person works the list (a key typed, a filter or the order changed), before it
 * is drawn again: the note feed pauses so its reads do not compete with that drawing.
 */
export function noteListActivity(): void {
  port?.({ type: 'busy' });
}

function ensureNoteFeed(): void {
  if (noteFeed !== null) return;
  // The count is only the signal: the live query runs again on every change to the notes table.
  noteFeed = liveQuery(countCaseNotes).subscribe({
    next: () => send({ type: 'notesChanged' }),
    error: () => undefined,
  });
}

/** Hands the listed cases' own texts to the index and makes sure the notes are (being) indexed. */
export function indexCases(cases: readonly Case[]): void {
  // The same list again (the list screen shown anew) is already in the index.
  if (lastHeads !== null && lastCases === cases) return;
  lastCases = cases;
  lastHeads = { type: 'heads', heads: cases.map((c) => [c.id, caseHeadText(c)]) };
  send(lastHeads);
  ensureNoteFeed();
}

/** The ids of the cases matching the query (null: a blank query, every case passes). */
export function searchCases(query: string): Promise<{ ids: string[] | null; notesComplete: boolean }> {
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, { query, resolve: (answer) => resolve({ ids: answer.ids, notesComplete: answer.notesComplete }) });
    send({ type: 'search', id, query });
  });
}

/** For useSyncExternalStore: the index's status and changes to it. */
export function subscribeSearchStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function searchStatus(): SearchStatus {
  return status;
}

/** Drops the index and its Worker (the folded texts with it), e.g. when the app locks; the next search starts afresh. */
export function resetCaseSearch(): void {
  noteFeed?.unsubscribe();
  noteFeed = null;
  // The Worker holds the data key and every decrypted note text: terminating it drops both.
  worker?.terminate();
  worker = null;
  port = null;
  generation++;
  lastHeads = null;
  lastCases = null;
  // Searches still waiting get no answer: the list asks again for the current query when the status changes.
  pending.clear();
  status = { version: status.version + 1, notesComplete: false };
  for (const listener of listeners) listener();
}

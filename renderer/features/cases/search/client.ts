import { liveQuery, type Subscription } from 'dexie';
import { caseHeadText, createCaseSearchIndex } from '../../../../shared/cases/searchIndex';
import type { Case } from '../../../../shared/model/case';
import { countCaseNotes, readNoteTextPage } from '../../../db/queries/caseNotes';
import { handleSearchMessage } from './handler';
import { searchAnswerSchema, type SearchAnswer, type SearchMessage } from './protocol';

/**
 * The UI thread's side of the case search: the search Worker (started on first use and
 * kept for the page's life), the feed of notes into it, and the searches. The notes are
 * read here, through the app's Dexie database like every other read, page by page, and
 * read again whenever they change; the folded texts live only in the Worker's memory.
 * Where there is no Worker (unit tests in Node) the same handler runs in this thread.
 */

/** Notes per read: small enough that folding one page never holds up a search for long. */
const NOTE_PAGE = 200;

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
let build = 0;
let ackWaiter: (() => void) | null = null;

function receive(data: unknown): void {
  const parsed = searchAnswerSchema.safeParse(data);
  if (!parsed.success) return;
  const answer = parsed.data;
  if (answer.type === 'result') {
    pending.get(answer.id)?.resolve(answer);
    pending.delete(answer.id);
    return;
  }
  if (answer.type === 'notesAck') {
    releaseAck();
    return;
  }
  status = { version: status.version + 1, notesComplete: answer.notesComplete };
  for (const listener of listeners) listener();
}

function inThreadPort(): Port {
  const index = createCaseSearchIndex();
  return (message) =>
    queueMicrotask(() => {
      const answer = handleSearchMessage(index, message);
      if (answer !== null) receive(answer);
    });
}

/** A Worker that fails is replaced by the same index in this thread, filled again: the search keeps working, only slower. */
function fallBackToThisThread(failed: Worker): void {
  failed.terminate();
  if (worker !== failed) return;
  worker = null;
  port = inThreadPort();
  releaseAck();
  if (lastHeads !== null) port(lastHeads);
  for (const [id, { query }] of pending) port({ type: 'search', id, query });
  if (noteFeed !== null) void feedNotes().catch(() => undefined);
}

function startPort(): Port {
  if (typeof Worker === 'undefined') return inThreadPort();
  // This exact form lets Vite find the worker and bundle it as its own file under worker-src 'self'.
  const started = new Worker(new URL('./caseSearch.worker.ts', import.meta.url), { type: 'module', name: 'case-search' });
  started.addEventListener('message', (event: MessageEvent<unknown>) => receive(event.data));
  started.addEventListener('error', () => fallBackToThisThread(started));
  started.addEventListener('messageerror', () => fallBackToThisThread(started));
  worker = started;
  return (message) => started.postMessage(message);
}

function send(message: SearchMessage): void {
  port ??= startPort();
  port(message);
}

/** Resolves when the UI thread has nothing more urgent to do (typing, drawing), or after a short while at the latest. */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });
}

/** After a search is asked (a keystroke), the next page of notes waits this long, so the answer draws without a page read beside it. */
const TYPING_PAUSE_MS = 200;
let lastSearchAt = Number.NEGATIVE_INFINITY;

/** Resolves once the last search is TYPING_PAUSE_MS old; one wait per page, so steady typing slows the feed but never stops it. */
async function afterTyping(): Promise<void> {
  const wait = lastSearchAt + TYPING_PAUSE_MS - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

let holds = 0;
let resumeFeed: (() => void) | null = null;

/** Resolves at once, or when no page holds the note feed any more. */
function unheld(): Promise<void> {
  if (holds === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const before = resumeFeed;
    resumeFeed = () => {
      before?.();
      resolve();
    };
  });
}

/**
 * Pauses reading notes into the index while a page that reads the database itself is open
 * (a case's page): its reads then do not queue behind pages of notes. Returns the release.
 */
export function holdNoteFeed(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    if (holds > 0) return;
    const resume = resumeFeed;
    resumeFeed = null;
    resume?.();
  };
}

function releaseAck(): void {
  const waiter = ackWaiter;
  ackWaiter = null;
  waiter?.();
}

/**
 * Reads every note page by page into a new build; a newer build (the notes changed again) stops
 * this one. The next page is read while the index folds the last, but sent only once that one
 * is done, so a search never waits behind a queue of pages.
 */
async function feedNotes(): Promise<void> {
  const mine = ++build;
  releaseAck(); // a build still waiting wakes up, sees it was replaced and stops
  send({ type: 'notesStart', build: mine });
  let folded: Promise<void> = Promise.resolve();
  let after: string | null = null;
  do {
    await unheld();
    await afterTyping();
    await idle();
    const page = await readNoteTextPage(after, NOTE_PAGE);
    await folded;
    if (mine !== build) return;
    folded = new Promise((resolve) => (ackWaiter = resolve));
    send({ type: 'notes', build: mine, notes: page.texts });
    after = page.lastId;
  } while (after !== null);
  await folded;
  if (mine === build) send({ type: 'notesDone', build: mine });
}

function ensureNoteFeed(): void {
  if (noteFeed !== null) return;
  // The count is only the signal: the live query runs again on every change to the notes table.
  noteFeed = liveQuery(countCaseNotes).subscribe({
    next: () => void feedNotes().catch(() => undefined),
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
  lastSearchAt = performance.now();
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
  build++;
  worker?.terminate();
  worker = null;
  port = null;
  lastHeads = null;
  lastCases = null;
  // Searches still waiting get no answer: the list asks again for the current query when the status changes.
  pending.clear();
  releaseAck();
  status = { version: status.version + 1, notesComplete: false };
  for (const listener of listeners) listener();
}

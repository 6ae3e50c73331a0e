import { addNotes, createCaseSearchIndex, finishNoteBuild, searchCaseIds, setCaseHeads, startNoteBuild } from '../../../../shared/cases/searchIndex';
import { readNoteTextPage } from '../../../db/queries/caseNotes';
import { clearPlaintextCache } from '../../../security/fieldCrypto';
import { setUnlocked, setUnprotected } from '../../../security/keyState';
import { searchMessageSchema, type SearchAnswer } from './protocol';

/**
 * The search's own side, in the Worker (or in the UI thread where there is none): the index,
 * and the feed that reads every note into it page by page through the app's query function
 * and database module (in the Worker: its own connection, the encryption middleware with it).
 */

/** Notes per read: a short IndexedDB transaction, and folding one page never holds up a search for long. */
export const NOTE_PAGE = 200;

/**
 * After a search or any other work on the list (a keystroke, a filter, a sort), the next page
 * of notes waits this long: on a two-core laptop the feed's reads and decryption would otherwise
 * compete with drawing the answer. One wait per page, so steady work slows the feed but never stops it.
 */
export const ACTIVITY_PAUSE_MS = 400;

export interface SearchHostOptions {
  /** True in the Worker: the posted data key is the app lock's state here (the UI thread keeps its own otherwise). */
  readonly ownLockState: boolean;
}

/** Starts the index and its note feed; returns the function that takes each message from the list. */
export function createSearchHost(post: (answer: SearchAnswer) => void, options: SearchHostOptions): (data: unknown) => void {
  const index = createCaseSearchIndex();
  let build = 0;
  let held = false;
  let resume: (() => void) | null = null;

  let lastActivityAt = Number.NEGATIVE_INFINITY;

  const unheld = (): Promise<void> => (held ? new Promise((resolve) => (resume = resolve)) : Promise.resolve());

  /** Resolves once the last search or list activity is ACTIVITY_PAUSE_MS old. */
  const afterActivity = (): Promise<void> => {
    const wait = lastActivityAt + ACTIVITY_PAUSE_MS - performance.now();
    return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
  };

  /** Reads every note into a new build; a newer build (the notes changed again) stops this one. */
  async function feedNotes(mine: number): Promise<void> {
    startNoteBuild(index, mine);
    post({ type: 'changed', notesComplete: false });
    let after: string | null = null;
    do {
      await unheld();
      await afterActivity();
      if (mine !== build) return;
      const page = await readNoteTextPage(after, NOTE_PAGE);
      // The index keeps the folded texts; the middleware's cache of decrypted values need not keep them twice.
      if (options.ownLockState) clearPlaintextCache();
      if (mine !== build) return;
      addNotes(index, mine, page.texts);
      after = page.lastId;
    } while (after !== null);
    if (finishNoteBuild(index, mine)) post({ type: 'changed', notesComplete: true });
  }

  return (data) => {
    const parsed = searchMessageSchema.safeParse(data);
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'heads':
        setCaseHeads(index, message.heads);
        post({ type: 'changed', notesComplete: index.notesComplete });
        return;
      case 'key':
        if (!options.ownLockState) return;
        // Writes never happen here; the key only decrypts what the feed reads.
        if (message.dataKey === null) setUnprotected();
        else setUnlocked(message.dataKey, false);
        return;
      case 'notesChanged':
        // A build that fails (the app locked meanwhile, a read error) stays incomplete until the next change.
        void feedNotes(++build).catch(() => undefined);
        return;
      case 'hold': {
        held = message.held;
        if (held) return;
        const waiting = resume;
        resume = null;
        waiting?.();
        return;
      }
      case 'busy':
        lastActivityAt = performance.now();
        return;
      case 'search':
        lastActivityAt = performance.now();
        post({ type: 'result', id: message.id, query: message.query, ids: searchCaseIds(index, message.query), notesComplete: index.notesComplete });
        return;
    }
  };
}

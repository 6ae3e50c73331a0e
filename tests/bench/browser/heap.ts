import type { Page } from 'playwright-core';
import type { Session } from './app';

/**
 * Waits, as a person would see it, until the whole case list is read ("10.000 Fälle" in
 * place of "Alle Fälle werden geladen …") and the search has read every note: with a word
 * in the search field, the hint "(Notizen werden noch durchsucht …)" is gone. The field
 * is left empty again.
 */
export async function waitUntilFullyLoaded(page: Page): Promise<void> {
  const count = page.locator('.case-list .toolbar-count');
  await page.waitForFunction(() => /\d (Fall|Fälle)$/.test(document.querySelector('.case-list .toolbar-count')?.textContent?.trim() ?? ''), null, { timeout: 120_000, polling: 100 });
  const input = page.locator('.search-field input');
  await input.fill('e');
  await page.waitForFunction(() => document.querySelector('.case-list .toolbar-count .field-hint') === null, null, { timeout: 120_000, polling: 100 });
  await input.fill('');
  await count.filter({ hasText: /\d (Fall|Fälle)$/ }).waitFor();
}

interface HeapUsage {
  readonly usedSize: number;
}

/**
 * The JS heap in use after a forced GC: the page's own and that of each of its Workers (the
 * search index lives in one), read through the DevTools Protocol. Workers are reached by
 * auto-attaching to them from the page's session and messaging them (non-flat sessions).
 */
export async function heapOf(session: Session, page: Page): Promise<{ readonly pageBytes: number; readonly workerBytes: number; readonly workers: number }> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const workerSessions: string[] = [];
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') workerSessions.push(event.sessionId);
    });
    const replies = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
      if (message.id !== undefined) replies.get(message.id)?.(message);
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    // The running Workers are announced right after; give the events a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    let nextId = 1;
    const inWorker = (sessionId: string, method: string): Promise<unknown> => {
      const id = nextId++;
      const reply = new Promise<unknown>((resolve, reject) => {
        replies.set(id, (message) => (message.error === undefined ? resolve(message.result) : reject(new Error(`${method}: ${JSON.stringify(message.error)}`))));
        setTimeout(() => reject(new Error(`${method}: no answer from the worker`)), 30_000);
      });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      return reply;
    };
    await cdp.send('HeapProfiler.collectGarbage');
    const pageHeap = await cdp.send('Runtime.getHeapUsage');
    let workerBytes = 0;
    for (const sessionId of workerSessions) {
      await inWorker(sessionId, 'HeapProfiler.collectGarbage');
      workerBytes += ((await inWorker(sessionId, 'Runtime.getHeapUsage')) as HeapUsage).usedSize;
    }
    return { pageBytes: pageHeap.usedSize, workerBytes, workers: workerSessions.length };
  } finally {
    await cdp.detach();
  }
}

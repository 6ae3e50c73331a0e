import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LoadedDemo } from '../page/load';
import type { BenchApi } from '../page/main';
import { installColdStartProbe, submitLockScreen, timeListAction, type ListAction } from './inPage';

/** The bench page's API as the runner calls it. */
type Api = BenchApi;

export interface Session {
  readonly context: BrowserContext;
  readonly bench: Page;
  readonly origin: string;
  readonly errors: string[];
}

function watch(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    // Chromium asks for /favicon.ico on its own; that 404 is not the app's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`${page.url()}: ${message.text()}`);
  });
}

/** A fresh browser profile with the bench page open, its data loaded into the app's IndexedDB. */
export async function openSession(browser: Browser, origin: string, cases: number, seed: number): Promise<{ session: Session; loaded: LoadedDemo }> {
  const context = await browser.newContext();
  await context.addInitScript(installColdStartProbe);
  const errors: string[] = [];
  const bench = await context.newPage();
  watch(bench, errors);
  await bench.goto(`${origin}/bench/index.html`);
  await bench.waitForFunction(() => (window as { rtBench?: unknown }).rtBench !== undefined);
  const loaded = await bench.evaluate(([n, s]) => (window as unknown as { rtBench: Api }).rtBench.loadDemo(n, s), [cases, seed] as const);
  return { session: { context, bench, origin, errors }, loaded };
}

/** Calls a bench-page function by name. */
export function callBench<K extends keyof Api>(session: Session, name: K, ...args: Parameters<Api[K]>): Promise<Awaited<ReturnType<Api[K]>>> {
  return session.bench.evaluate(
    ([fn, fnArgs]) => {
      const api = (window as unknown as { rtBench: Record<string, (...a: unknown[]) => unknown> }).rtBench;
      const call = api[fn];
      if (!call) throw new Error(`no bench function ${fn}`);
      return call(...fnArgs);
    },
    [name, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<Api[K]>>>;
}

export interface ColdStart {
  readonly page: Page;
  readonly ms: number;
}

/** Opens the app in a new tab and waits for the interactive case list (its first rows may show before the whole list is read). */
export async function coldStart(session: Session): Promise<ColdStart> {
  const page = await session.context.newPage();
  watch(page, session.errors);
  await page.goto(`${session.origin}/`);
  const ms = await page.evaluate(() => (window as unknown as { __rtColdStart: Promise<number> }).__rtColdStart);
  return { page, ms };
}

export interface LockedColdStart extends ColdStart {
  /** Page load until the lock screen takes the passphrase. */
  readonly lockScreenMs: number;
  /** Submitting the passphrase until the lock screen is gone: Argon2id and unwrapping the data key. */
  readonly unlockMs: number;
  /** Submitting the passphrase until the interactive case list (the unlock included). */
  readonly submitToListMs: number;
}

/**
 * Cold start with the app passphrase on: opens the app, waits for the lock screen, types
 * the passphrase (not timed: that is the person's time) and submits it, then waits for the
 * interactive case list. `ms` is the app's own time: load → lock screen plus submit → list.
 */
export async function lockedColdStart(session: Session, passphrase: string): Promise<LockedColdStart> {
  const page = await session.context.newPage();
  watch(page, session.errors);
  await page.goto(`${session.origin}/`);
  const lockScreenMs = await page.evaluate(() => (window as unknown as { __rtLockScreen: Promise<number> }).__rtLockScreen);
  await page.locator('.lock-screen input[type="password"]').fill(passphrase);
  const submittedAt = await page.evaluate(submitLockScreen);
  const listAt = await page.evaluate(() => (window as unknown as { __rtColdStart: Promise<number> }).__rtColdStart);
  const unlockedAt = await page.evaluate(() => (window as unknown as { __rtUnlocked: Promise<number> }).__rtUnlocked);
  const submitToListMs = listAt - submittedAt;
  return { page, ms: lockScreenMs + submitToListMs, lockScreenMs, unlockMs: unlockedAt - submittedAt, submitToListMs };
}

/** Times one interaction in the case list (see timeListAction). */
export function timeAction(page: Page, action: ListAction, quietMs = 150): Promise<number> {
  return page.evaluate(timeListAction, { action, quietMs });
}

/** Search keystrokes: for each code, type all but its last character (not timed), then time the last keystroke. */
export async function searchSamples(page: Page, codes: readonly string[], count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const code = codes[i % codes.length] ?? '';
    await timeAction(page, { kind: 'type', text: code.slice(0, -1) });
    samples.push(await timeAction(page, { kind: 'type', text: code }));
  }
  await timeAction(page, { kind: 'type', text: '' });
  return samples;
}

/** Filter changes: the "Wiedervorlage fällig" filter switched on and off, each switch one sample. */
export async function filterSamples(page: Page, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await timeAction(page, { kind: 'toggle', label: 'Wiedervorlage fällig' }));
  // Leave it off, as found.
  if (count % 2 === 1) await timeAction(page, { kind: 'toggle', label: 'Wiedervorlage fällig' });
  return samples;
}

/** Opening a case's detail view from the list, for different rows of its first screen; back to the list in between (not timed). */
export async function openCaseSamples(page: Page, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    // Rows of the first screen (about fifteen show), each once before any is opened again.
    samples.push(await timeAction(page, { kind: 'open', index: (i * 7) % 15 }));
    await timeAction(page, { kind: 'back' });
    await page.locator('[role="grid"] .case-grid-item').first().waitFor();
  }
  return samples;
}

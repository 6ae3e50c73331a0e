import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export { CHROMIUM_ARGS, chromiumPath } from './chromium';

/** Starts a headless Chromium for one test file; close it in afterAll. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * Starts Chromium on a user-data-dir of its own, for tests that need two profiles or
 * want to look at what the app left on disk. Closing the context closes the browser.
 */
export function launchPersistent(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export interface AppPageOptions {
  /** Path below the server root, e.g. '/' (default) or '/#/cases'. */
  path?: string;
  /** Server origin; defaults to the one globalSetup provided. */
  baseUrl?: string;
  /** Browser locale (navigator.language); the app itself still starts in German unless told otherwise. */
  locale?: string;
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught page errors and CSP violations, in the order they happened. */
  errors: string[];
  /** Only the CSP violations (also listed in errors). */
  cspViolations: string[];
  /** The URL the page was opened at. */
  url: string;
}

const CSP_MARK = '[csp-violation]';
const watchedContexts = new WeakSet<BrowserContext>();

/**
 * Opens the app in a new, isolated browser context: a fresh profile whose real
 * IndexedDB survives reloads within that context, and is gone when it closes.
 */
export async function newAppPage(browser: Browser, options: AppPageOptions = {}): Promise<AppPage> {
  const context = await browser.newContext(options.locale ? { locale: options.locale } : {});
  return openAppPage(context, options);
}

/**
 * Opens the app in a new page of an existing context (e.g. one from launchPersistent)
 * and starts recording errors, so a test can end with `expect(app.errors).toEqual([])`.
 * Call it after any context.addInitScript/exposeBinding the test needs.
 */
export async function openAppPage(context: BrowserContext, options: AppPageOptions = {}): Promise<AppPage> {
  const errors: string[] = [];
  const cspViolations: string[] = [];
  if (!watchedContexts.has(context)) {
    watchedContexts.add(context);
    // Chromium logs most violations to the console, but not all (e.g. report-only ones);
    // the DOM event is the dependable signal, passed on through the console.
    await context.addInitScript((mark: string) => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`${mark} ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
      });
    }, CSP_MARK);
  }
  // A persistent context starts with one blank tab; use it rather than leave it lying around.
  const [onlyPage, ...others] = context.pages();
  const page = onlyPage && others.length === 0 && onlyPage.url() === 'about:blank' ? onlyPage : await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const source = message.location().url;
    // Chromium asks for /favicon.ico on its own, whatever the page says; that 404 is not the app's doing.
    if (text.startsWith('Failed to load resource') && new URL(source || 'about:blank').pathname === '/favicon.ico') return;
    if (text.startsWith(CSP_MARK)) cspViolations.push(text.slice(CSP_MARK.length).trim());
    errors.push(source && !text.includes(source) ? `${text} (${source})` : text);
  });
  page.on('pageerror', (error) => errors.push(`Uncaught ${error.name}: ${error.message}`));
  const url = new URL(options.path ?? '/', options.baseUrl ?? inject('baseUrl')).toString();
  await page.goto(url);
  return { context, page, errors, cspViolations, url };
}

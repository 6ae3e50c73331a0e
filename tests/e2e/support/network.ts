import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Records every request a browser context's pages and their workers make, for the
 * "nothing leaves over a network" check (issue 9), through two independent channels:
 *
 * - the Chrome DevTools Protocol: a CDP session per page with Network.enable
 *   (requestWillBeSent covers fetch, XHR, EventSource, scripts, images…; WebSockets
 *   come as webSocketCreated), and Target.setAutoAttach so dedicated workers are
 *   attached too, their Network domain enabled before they run. Playwright's client
 *   cannot address flattened child sessions, so workers are driven through
 *   Target.sendMessageToTarget (the non-flat mode);
 * - Playwright's own request and websocket events on the context, which also cover
 *   service workers and catch a worker's very first request should Playwright resume
 *   the worker before the CDP recorder has enabled its Network domain.
 * Service and shared workers belong to no page; watchBrowser finds them through a
 * browser-level CDP session (Target.setDiscoverTargets) and attaches to them too.
 */

export interface RecordedRequest {
  readonly url: string;
  /** Where it was seen: 'page', 'worker <url>', 'websocket', 'playwright'. */
  readonly via: string;
}

/**
 * Whether a URL stays on this machine, inside the app: its own origin, data: URLs,
 * and blob: URLs the app made (they carry the app's origin).
 */
export function isAppRequest(url: string, appOrigin: string): boolean {
  if (url.startsWith('data:')) return true;
  const inner = url.startsWith('blob:') ? url.slice('blob:'.length) : url;
  try {
    return new URL(inner).origin === appOrigin;
  } catch {
    return false;
  }
}

/** The distinct URLs among the recorded requests that leave the app. */
export function offendingUrls(requests: readonly RecordedRequest[], appOrigin: string): string[] {
  return [...new Set(requests.filter((request) => !isAppRequest(request.url, appOrigin)).map((request) => `${request.url} (${request.via})`))].sort();
}

interface ChildMessage {
  readonly id?: number;
  readonly method?: string;
  readonly params?: Record<string, unknown>;
}

export class NetworkRecorder {
  readonly requests: RecordedRequest[] = [];
  private nextId = 1;
  private readonly replies = new Map<number, () => void>();
  private readonly sessions: CDPSession[] = [];
  private readonly workerUrls = new Map<string, string>();
  private readonly watchedBrowsers = new WeakSet<Browser>();

  /** Starts recording the context's requests through Playwright (all pages, workers, service workers). */
  watchContext(context: BrowserContext): void {
    context.on('request', (request) => this.requests.push({ url: request.url(), via: 'playwright' }));
    context.on('page', (page) => page.on('websocket', (socket) => this.requests.push({ url: socket.url(), via: 'playwright websocket' })));
    for (const page of context.pages()) page.on('websocket', (socket) => this.requests.push({ url: socket.url(), via: 'playwright websocket' }));
  }

  /**
   * Watches targets no page owns, service workers and shared workers: a browser-level
   * CDP session discovers them, attaches (non-flat) and enables their Network domain.
   */
  async watchBrowser(browser: Browser): Promise<void> {
    if (this.watchedBrowsers.has(browser)) return;
    this.watchedBrowsers.add(browser);
    const session = await browser.newBrowserCDPSession();
    this.sessions.push(session);
    session.on('Target.targetCreated', (event) => {
      const { type, targetId, url } = event.targetInfo;
      if (type !== 'service_worker' && type !== 'shared_worker') return;
      this.requests.push({ url, via: type });
      void session
        .send('Target.attachToTarget', { targetId, flatten: false })
        .then(({ sessionId }) => this.onAttached(session, sessionId, url))
        .catch(() => undefined);
    });
    session.on('Target.receivedMessageFromTarget', (event) => this.onChildMessage(event.message, event.sessionId));
    await session.send('Target.setDiscoverTargets', { discover: true });
  }

  /** Attaches a CDP session to the page (before it navigates) and to every worker it starts. */
  async watchPage(page: Page): Promise<void> {
    const session = await page.context().newCDPSession(page);
    this.sessions.push(session);
    session.on('Network.requestWillBeSent', (event) => this.requests.push({ url: event.request.url, via: 'page' }));
    session.on('Network.webSocketCreated', (event) => this.requests.push({ url: event.url, via: 'page websocket' }));
    session.on('Target.attachedToTarget', (event) => void this.onAttached(session, event.sessionId, event.targetInfo.url));
    session.on('Target.receivedMessageFromTarget', (event) => this.onChildMessage(event.message, event.sessionId));
    await session.send('Network.enable');
    await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  }

  private async onAttached(parent: CDPSession, sessionId: string, url: string): Promise<void> {
    const send = (method: string, params: Record<string, unknown> = {}) =>
      new Promise<void>((resolve) => {
        const id = this.nextId++;
        this.replies.set(id, resolve);
        parent.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(() => resolve());
      });
    this.workerUrls.set(sessionId, url);
    // Network first, and only then let the worker run, so its first request is seen.
    await send('Network.enable');
    await send('Runtime.runIfWaitingForDebugger');
  }

  private onChildMessage(raw: string, from: string): void {
    const message = JSON.parse(raw) as ChildMessage;
    if (message.id !== undefined) {
      this.replies.get(message.id)?.();
      this.replies.delete(message.id);
      return;
    }
    const via = `worker ${this.workerUrls.get(from) ?? from}`;
    if (message.method === 'Network.requestWillBeSent') {
      const request = message.params?.request as { url: string } | undefined;
      if (request) this.requests.push({ url: request.url, via });
    } else if (message.method === 'Network.webSocketCreated') {
      this.requests.push({ url: String(message.params?.url), via: `${via} websocket` });
    }
  }

  /** The workers the CDP channel attached to (their script URLs). */
  attachedWorkers(): string[] {
    return [...this.workerUrls.values()];
  }

  /** How many requests the CDP channel itself saw (to prove it is not silent). */
  cdpCount(): number {
    return this.requests.filter((request) => !request.via.startsWith('playwright')).length;
  }

  async detach(): Promise<void> {
    await Promise.all(this.sessions.map((session) => session.detach().catch(() => undefined)));
  }
}

// Functions that run inside the app page (passed to page.evaluate / addInitScript). Each
// is self-contained: Playwright sends its source text, so it may use nothing from outside.

/**
 * Installed before the app's scripts: opens "Fälle" as soon as the navigation exists and
 * resolves window.__rtColdStart with the time since navigation start (performance.now())
 * at the first frame in which the list shows rows and the search field takes input.
 */
export function installColdStartProbe(): void {
  if (location.pathname.startsWith('/bench/')) return;
  const target = window as unknown as { __rtColdStart?: Promise<number> };
  const locked = window as unknown as { __rtLockScreen?: Promise<number> };
  let showLockScreen: (at: number) => void = () => undefined;
  // With an app passphrase, the lock screen comes first: the time its passphrase field shows.
  locked.__rtLockScreen = new Promise<number>((resolve) => (showLockScreen = resolve));
  let lockShown = false;
  target.__rtColdStart = new Promise<number>((resolve) => {
    let clicked = false;
    let done = false;
    const check = () => {
      if (done) return;
      if (!lockShown && document.querySelector('.lock-screen input[type="password"]')) {
        lockShown = true;
        requestAnimationFrame(() => showLockScreen(performance.now()));
      }
      if (!clicked) {
        const button = [...document.querySelectorAll<HTMLButtonElement>('nav.app-nav button')].find((b) => b.querySelector('.nav-label')?.textContent?.trim() === 'Fälle');
        if (button) {
          clicked = true;
          button.click();
        }
      }
      const row = document.querySelector('[role="grid"] .case-grid-item');
      const input = document.querySelector<HTMLInputElement>('.search-field input');
      if (row && input && !input.disabled && !input.readOnly) {
        done = true;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
}

/**
 * Submits the lock screen (its passphrase already typed) and resolves with the time of the
 * submit; window.__rtUnlocked then resolves with the first frame without the lock screen.
 */
export function submitLockScreen(): Promise<number> {
  const target = window as unknown as { __rtUnlocked?: Promise<number> };
  const button = document.querySelector<HTMLButtonElement>('.lock-screen button[type="submit"]');
  if (!button) return Promise.reject(new Error('no lock screen to submit'));
  target.__rtUnlocked = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('.lock-screen') !== null) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    });
    observer.observe(document.body, { subtree: true, childList: true });
  });
  const submittedAt = performance.now();
  button.click();
  return Promise.resolve(submittedAt);
}

/** Which interaction to time in the case list. */
export type ListAction = { readonly kind: 'type'; readonly text: string } | { readonly kind: 'toggle'; readonly label: string } | { readonly kind: 'open'; readonly index: number } | { readonly kind: 'back' };

/**
 * Performs one interaction and resolves with the milliseconds until the screen settled:
 * the last DOM change it caused (within quietMs of silence, at most 30 s), then the next frame.
 * For 'open', it ends at the first frame showing the case heading with nothing loading.
 */
export function timeListAction(args: { action: ListAction; quietMs: number }): Promise<number> {
  const { action, quietMs } = args;
  return new Promise<number>((resolve, reject) => {
    let last = -1;
    let finished = false;
    const started = performance.now();
    const finish = (at: number) => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      requestAnimationFrame(() => resolve(Math.max(at, performance.now()) - started));
    };
    const detailReady = () => document.querySelector('.case-heading') !== null && document.querySelector('.loading') === null;
    const observer = new MutationObserver(() => {
      last = performance.now();
      if (action.kind === 'open' && detailReady()) finish(last);
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const poll = () => {
      if (finished) return;
      const now = performance.now();
      if (now - started > 30_000) {
        finished = true;
        observer.disconnect();
        reject(new Error(`${action.kind}: the screen did not settle within 30 s`));
      } else if (action.kind !== 'open' && last >= 0 && now - last >= quietMs) {
        finished = true;
        observer.disconnect();
        // The paint after the last change belongs to the interaction; resolve with the last change's frame.
        resolve(last - started);
      } else setTimeout(poll, 10);
    };
    if (action.kind === 'type') {
      const input = document.querySelector<HTMLInputElement>('.search-field input');
      if (!input) return reject(new Error('no search field'));
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, action.text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (action.kind === 'toggle') {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === action.label);
      const input = label?.querySelector('input') ?? null;
      if (!input) return reject(new Error(`no checkbox "${action.label}"`));
      input.click();
    } else if (action.kind === 'open') {
      const rows = document.querySelectorAll<HTMLElement>('[role="grid"] .case-grid-item .case-title');
      const row = rows[Math.min(action.index, rows.length - 1)];
      if (!row) return reject(new Error('no case row to open'));
      row.click();
    } else {
      const back = document.querySelector<HTMLElement>('.back-button');
      if (!back) return reject(new Error('no back button'));
      back.click();
    }
    setTimeout(poll, 10);
  });
}

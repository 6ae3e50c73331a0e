import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { MenuCommand } from '../../../shared/ipc/contract';

/**
 * What main's IPC router learns about the calling frame: its URL and whether it is
 * the top frame (as Electron's senderFrame tells), plus the Playwright page and frame,
 * which stand in for Electron's WebContents where a handler needs one (printToPdf).
 */
export interface BridgeSender {
  readonly url: string;
  readonly isMainFrame: boolean;
  readonly page: Page;
  readonly frame: Frame;
}

/** Main's side of the bridge: the real IPC router, or anything with its shape. */
export type IpcHandler = (sender: BridgeSender, channel: unknown, args: unknown[]) => Promise<unknown>;

/**
 * Stands in for electron/preload in plain Chromium: defines `window.rtApi` (the
 * PreloadApi of shared/ipc/contract.ts) in every frame, forwarding each invoke to
 * `handler` in Node with the calling frame as sender. In Electron the preload runs
 * only in the top frame; here sub-frames get it too, so a test can prove main refuses them.
 * Call before opening the app page.
 */
export async function installStandInPreload(context: BrowserContext, handler: IpcHandler): Promise<void> {
  await context.exposeBinding('__rtInvoke', async (source: { page: Page; frame: Frame }, channel: unknown, args: unknown) => {
    const { page, frame } = source;
    const sender: BridgeSender = { url: frame.url(), isMainFrame: frame === page.mainFrame(), page, frame };
    return handler(sender, channel, Array.isArray(args) ? args : []);
  });
  await context.addInitScript(standInPreload);
}

/** Delivers an application-menu command to the page, as main's menu would. */
export async function sendMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate((cmd) => {
    const emit = (window as unknown as { __rtEmitMenu?: (c: unknown) => void }).__rtEmitMenu;
    if (!emit) throw new Error('the stand-in preload is not installed in this page');
    emit(cmd);
  }, command);
}

/**
 * Runs in the page (serialised by Playwright, so it must not use anything from this
 * module's scope). Arguments and results cross the binding with Playwright's own
 * serialisation, which (like Electron's structured clone) keeps Uint8Array as bytes.
 */
function standInPreload(): void {
  type Binding = (channel: unknown, args: unknown[]) => Promise<unknown>;
  // Looked up per call: the binding and this script are both installed at document start, in no promised order.
  const invokeInNode: Binding = (channel, args) => (window as unknown as { __rtInvoke: Binding }).__rtInvoke(channel, args);
  const listeners = new Set<(command: unknown) => void>();
  const api = Object.freeze({
    invoke: (channel: unknown, ...args: unknown[]): Promise<unknown> => invokeInNode(channel, args),
    onMenuCommand: (listener: (command: unknown) => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  Object.defineProperty(window, 'rtApi', { value: api, enumerable: true });
  Object.defineProperty(window, '__rtEmitMenu', { value: (command: unknown) => listeners.forEach((listener) => listener(command)) });
}

import type { Session, WebContents } from 'electron';
import { isAppUrl } from './appOrigin';

// Types only: this module has no side effects and imports nothing from Electron at
// run time, so the unit tests can call its guards directly.

/** Schemes the app's pages may load anything from; everything else (http, https, file, ws…) is cancelled. */
export function isAllowedRequestUrl(url: string, options: { devTools: boolean }): boolean {
  if (isAppUrl(url)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (scheme === 'data:' || scheme === 'blob:') return true;
  return options.devTools && (scheme === 'devtools:' || scheme === 'chrome-extension:');
}

/**
 * Guards any WebContents, including ones the app never meant to create: no
 * navigation away from the app, no new windows, no <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // will-navigate sees only the top frame; a sub-frame (were one ever let in past the CSP's frame-src 'none') shows up here.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * The one permission the app's own pages get: 'persistent-storage', which
 * navigator.storage.persist() asks for in Electron (it goes through the session's
 * permission handlers, so denying everything would leave IndexedDB evictable under
 * disk pressure). It grants no access to anything beyond the app's own storage.
 */
export const GRANTED_PERMISSION = 'persistent-storage';

/** Whether a permission request or check is granted: only persistent storage, only for the app's own pages. */
export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return permission === GRANTED_PERMISSION && isAppUrl(requestingUrl);
}

/** Denies every permission but persistent storage (camera, notifications, clipboard reads…) and cancels remote requests. */
export function hardenSession(session: Session, options: { devTools: boolean }): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionGranted(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, options) });
  });
}
